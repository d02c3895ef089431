/// The renderers: placeholder until the renderer issue lands.
enum DocumentRenderingPlaceholder {}
