package io.quire;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Quire: a server-rendered community article platform. Each direct sub-package is a Spring Modulith
 * application module; see {@code ARCHITECTURE.md} in the shared folder for the map.
 */
@SpringBootApplication
@EnableScheduling
public class QuireApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuireApplication.class, args);
    }
}
