/// Incident registration and analysis: placeholder until the incident issue lands.
enum IncidentAnalysisPlaceholder {}
