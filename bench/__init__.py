"""Scale of the services: a realistic data generator and benchmarks of the hot service calls."""
