namespace LabFlow.Activities.Tasks;

/// <summary>A step's inputs cannot be carried out in this lab (nobody has the role, a date does not resolve); the handler faults with the message.</summary>
internal sealed class StepConfigurationException(string message) : Exception(message);
