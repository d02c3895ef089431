/// The risk tools: placeholder until the risk-tools issue lands.
enum RiskToolsPlaceholder {}
