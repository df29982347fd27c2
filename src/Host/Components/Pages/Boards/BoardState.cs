namespace LabFlow.Host.Components.Pages.Boards;

public enum BoardState
{
    Loading,
    Loaded,
    NotFound,
    Forbidden,
}
