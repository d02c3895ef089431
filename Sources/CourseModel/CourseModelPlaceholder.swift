/// The course model: placeholder until the course issue lands.
enum CourseModelPlaceholder {}
