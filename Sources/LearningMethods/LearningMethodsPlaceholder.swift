/// The learning methods of seed 002: placeholder until the learning-methods issue lands.
enum LearningMethodsPlaceholder {}
