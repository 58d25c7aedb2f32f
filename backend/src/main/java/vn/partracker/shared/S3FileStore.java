package vn.partracker.shared;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The file store in an S3-compatible bucket ({@code par.files.store=s3}): MinIO, Ceph, AWS S3…,
 * what a cluster's nodes share without a network volume. A put is one PUT request, so an object
 * appears whole or not at all. The bucket is made at start when it is missing.
 */
@Component
@ConditionalOnProperty(name = "par.files.store", havingValue = "s3")
class S3FileStore implements FileStore, DisposableBean {

  private final S3Client s3;
  private final String bucket;

  S3FileStore(@Value("${par.files.s3.endpoint:}") String endpoint, @Value("${par.files.s3.bucket}") String bucket,
      @Value("${par.files.s3.region:us-east-1}") String region, @Value("${par.files.s3.access-key}") String accessKey,
      @Value("${par.files.s3.secret-key}") String secretKey,
      @Value("${par.files.s3.path-style:true}") boolean pathStyle) {
    var builder = S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        // MinIO and most self-hosted stores name the bucket in the path, not in the host name
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
        // checksums only where the API requires them: the SDK's default trailing checksums (aws-chunked
        // uploads) are not understood by every S3-compatible server
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (!endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    this.s3 = builder.build();
    this.bucket = bucket;
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (NoSuchBucketException e) {
      s3.createBucket(b -> b.bucket(bucket));
    }
  }

  @Override
  public void put(String key, byte[] bytes) throws IOException {
    try {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw new IOException("S3 put " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] get(String key) throws IOException {
    try {
      return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(key);
    } catch (SdkException e) {
      throw new IOException("S3 get " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void destroy() {
    s3.close();
  }
}
