// A spec that is not there fails to compile, naming the path.
codegen_macros::generate!("specs/ladiflow/no_such_endpoint.yaml");

fn main() {}
