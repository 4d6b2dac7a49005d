package nl.veiligheidshuis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Case orchestration for the Veiligheidshuizen on an embedded Camunda 7 engine. */
@SpringBootApplication
@EnableScheduling
public class VeiligheidshuisApplication {

    public static void main(String[] args) {
        SpringApplication.run(VeiligheidshuisApplication.class, args);
    }
}
