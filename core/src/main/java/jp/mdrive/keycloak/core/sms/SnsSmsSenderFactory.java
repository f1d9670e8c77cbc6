package jp.mdrive.keycloak.core.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

import jp.mdrive.keycloak.core.info.BundleInfo;
import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * Amazon SNS through AWS SDK for Java v2, the production gateway and the default. One client for
 * the server, its calls bounded so that a slow SNS cannot hold login threads. Credentials come from
 * the standard AWS chain (environment, system properties, web-identity token as on EKS with IRSA,
 * profile, container or instance role), or
 * from {@code --…--access-key-id} and {@code --…--secret-access-key}.
 * Options: {@code --spi-mdrive-sms-sender--sns--region}, {@code --…--sender-id},
 * {@code --…--timeout-seconds}, and {@code --…--endpoint} to point it at another SNS endpoint.
 */
public class SnsSmsSenderFactory implements SmsSenderFactory, NoLifecycleFactory<SmsSender>, ServerInfoAwareProviderFactory {

    public static final String ID = "sns";

    static final String DEFAULT_REGION = "ap-northeast-1";
    static final int DEFAULT_TIMEOUT_SECONDS = 10;

    private SnsClient client;
    private String senderId;
    private Map<String, String> info;

    @Override
    public SmsSender create(KeycloakSession session) {
        return new SnsSmsSender(client, senderId);
    }

    @Override
    public void init(Config.Scope config) {
        String region = config.get("region", DEFAULT_REGION);
        String endpoint = config.get("endpoint");
        int timeoutSeconds = config.getInt("timeoutSeconds", DEFAULT_TIMEOUT_SECONDS);
        AwsCredentialsProvider credentials = credentials(config.get("accessKeyId"), config.get("secretAccessKey"));
        client = client(region, endpoint, Duration.ofSeconds(timeoutSeconds), credentials);
        senderId = config.get("senderId");
        info = BundleInfo.with(Map.of(
                "region", region,
                "credentials", credentials instanceof StaticCredentialsProvider ? "access key from the server options" : "AWS default chain",
                "endpoint", endpoint == null || endpoint.isBlank() ? "Amazon SNS" : endpoint,
                "timeoutSeconds", Integer.toString(timeoutSeconds),
                "senderId", senderId == null ? "" : senderId));
    }

    /** The admin console's provider info; the key itself never. */
    @Override
    public Map<String, String> getOperationalInfo() {
        return info;
    }

    /** Keys given as options (from KC_ environment variables or the config keystore, never the vault) win over the AWS chain. */
    static AwsCredentialsProvider credentials(String accessKeyId, String secretAccessKey) {
        if (accessKeyId != null && !accessKeyId.isBlank() && secretAccessKey != null && !secretAccessKey.isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    static SnsClient client(String region, String endpoint, Duration timeout, AwsCredentialsProvider credentials) {
        SnsClientBuilder builder = SnsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout).build())
                .overrideConfiguration(c -> c.apiCallTimeout(timeout));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    /** Chosen when the server names no SMS provider: a production server must not print codes to its log. */
    @Override
    public int order() {
        return 1;
    }
}
