package vn.partracker;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:emulation-flow;DB_CLOSE_DELAY=-1")
class EmulationFlowH2IT extends EmulationFlowTests {}
