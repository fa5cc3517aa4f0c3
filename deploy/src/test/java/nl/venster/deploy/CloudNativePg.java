package nl.venster.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * The part of the CloudNativePG API (postgresql.cnpg.io/v1) these manifests use, written from the CloudNativePG API
 * reference: no typed model or CRD schema for it is published on Maven Central. Unknown fields fail, so a typo or an
 * unsupported field is caught; what is NOT checked is everything the real CRD schema says beyond these names and
 * JSON types (value patterns, enums other than backupOwnerReference, cross-field rules enforced by the operator's
 * webhook). A cluster with the operator installed checks that: {@code kubectl apply --dry-run=server -k ...}.
 */
final class CloudNativePg {

    private CloudNativePg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(Integer instances, String imageName, String primaryUpdateStrategy, Storage storage,
                       Bootstrap bootstrap, Backup backup) {
    }

    record Storage(String size, String storageClass) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, LocalObjectReference secret) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
                             Compression wal, Compression data) {
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey, SecretKeySelector region,
                         SecretKeySelector sessionToken) {
    }

    record Compression(CompressionType compression) {
    }

    enum CompressionType {
        @JsonProperty("gzip") GZIP, @JsonProperty("bzip2") BZIP2, @JsonProperty("snappy") SNAPPY
    }

    record SecretKeySelector(String name, String key) {
    }

    record LocalObjectReference(String name) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, OwnerReference backupOwnerReference, LocalObjectReference cluster,
                               Boolean immediate, Boolean suspend) {
    }

    enum OwnerReference {
        NONE("none"), SELF("self"), CLUSTER("cluster");

        private final String value;

        OwnerReference(String value) {
            this.value = value;
        }

        @JsonValue
        String value() {
            return value;
        }
    }
}
