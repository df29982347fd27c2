using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Messages;

/// <summary>The flow loader's refusal of a phase colour, in Swedish and English.</summary>
public static class PhaseColorMessages
{
    public static readonly MessageText PhaseColor = new(
        ValidationCodes.PhaseColor,
        "färgen '{color}' för fasen '{phase}' är ingen färg; skriv den som \"#rrggbb\", till exempel \"#0b4f8a\".",
        "the colour '{color}' of phase '{phase}' is not a colour; write it as \"#rrggbb\", for example \"#0b4f8a\".");
}
