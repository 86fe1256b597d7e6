//! Itinerary planner benchmark (filled in once the planner lands).

fn main() {
    divan::main();
}
