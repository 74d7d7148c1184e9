package cn.yiwang.vectorcontrol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VectorControlServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VectorControlServiceApplication.class, args);
    }
}
