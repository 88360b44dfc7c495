package org.gongkai.jobs.serve;

import org.gongkai.jobs.config.GongkaiConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectEndpointTest {

    @Test
    void servesOnTheLoopbackInterfaceAtThePortGiven() {
        GongkaiConfig config = ConnectEndpoint.settings(GongkaiConfig.of(Map.of()), 15099);
        assertEquals(ConnectEndpoint.PLUGIN, config.get("spark.plugins", null));
        assertEquals("15099", config.get("spark.connect.grpc.binding.port", null));
        assertEquals(InetAddress.getLoopbackAddress().getHostAddress(), config.get("spark.connect.grpc.binding.address", null));
        assertEquals("sc://localhost:15099", ConnectEndpoint.of(config).address());
    }

    @Test
    void keepsTheOtherPluginsAndAnAddressConfigured() {
        GongkaiConfig config = ConnectEndpoint.settings(GongkaiConfig.of(Map.of("spark.plugins", "com.example.Metrics",
                "spark.connect.grpc.binding.address", "10.1.2.3")), 15002);
        assertEquals("com.example.Metrics," + ConnectEndpoint.PLUGIN, config.get("spark.plugins", null));
        assertEquals("sc://10.1.2.3:15002", ConnectEndpoint.of(config).address());
        GongkaiConfig again = ConnectEndpoint.settings(config, 15002);
        assertEquals(config.get("spark.plugins", null), again.get("spark.plugins", null), "the plugin is not added twice");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ConnectEndpoint.settings(GongkaiConfig.of(Map.of()), 70000));
        assertTrue(error.getMessage().contains("--port"), error.getMessage());
    }

    @Test
    void aPortInUseIsNamedBeforeSparkStarts() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ConnectEndpoint endpoint = ConnectEndpoint.of(ConnectEndpoint.settings(GongkaiConfig.of(Map.of()), taken.getLocalPort()));
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, endpoint::checkPortFree);
            assertTrue(error.getMessage().contains(":" + taken.getLocalPort()) && error.getMessage().contains("--port"),
                    error.getMessage());
        }
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = free.getLocalPort();
            free.close();
            assertDoesNotThrow(ConnectEndpoint.of(ConnectEndpoint.settings(GongkaiConfig.of(Map.of()), port))::checkPortFree);
        }
    }
}
