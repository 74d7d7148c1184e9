package cn.yiwang.infra;

import cn.yiwang.infra.kafka.LocalKafka;
import cn.yiwang.infra.postgres.LocalPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalInfrastructureIT {

    @Test
    void aServiceDatabaseSurvivesARestartWithTheSameDataDirectory(@TempDir Path data) throws Exception {
        int port;
        try (LocalPostgres pg = LocalPostgres.start(data, 0)) {
            port = pg.port();
            pg.ensureDatabase("catalog", "catalog", "s3cret");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("catalog"), "catalog", "s3cret");
                 Statement s = c.createStatement()) {
                s.execute("create table item(code text primary key)");
                s.execute("insert into item values ('610300')");
            }
        }
        try (LocalPostgres pg = LocalPostgres.start(data, port)) {
            pg.ensureDatabase("catalog", "catalog", "s3cret");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("catalog"), "catalog", "s3cret");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select code from item")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("610300");
            }
        }
    }

    @Test
    void aDatabaseNameThatIsNotAPlainIdentifierIsRefused() {
        try (LocalPostgres pg = LocalPostgres.startTemporary()) {
            assertThatThrownBy(() -> pg.ensureDatabase("x; drop database postgres", "u", "p"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theBrokerListensOnLoopbackAndKeepsRecordsAcrossAStop() {
        try (LocalKafka kafka = LocalKafka.startTemporary()) {
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            send(kafka, "before");
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            send(kafka, "after");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "t",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("smoke"));
                List<String> values = new java.util.ArrayList<>();
                long until = System.currentTimeMillis() + 20_000;
                while (values.size() < 2 && System.currentTimeMillis() < until) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    records.forEach(r -> values.add(r.value()));
                }
                assertThat(values).containsExactlyInAnyOrder("before", "after");
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes()).succeedsWithin(Duration.ofSeconds(10))
                        .satisfies(nodes -> assertThat(nodes).allSatisfy(n -> assertThat(n.host()).isEqualTo("127.0.0.1")));
            }
        }
    }

    private static void send(LocalKafka kafka, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke", "k", value)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
