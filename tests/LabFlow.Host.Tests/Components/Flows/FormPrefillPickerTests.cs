using Bunit;
using LabFlow.Host.Components.Flows;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>The form builder's picker for where a field starts from (its <c>initial</c>), without JSON.</summary>
public sealed class FormPrefillPickerTests : FlowPageTestContext
{
    private const string FlowId = "learning-seminar";

    [Fact]
    public async Task Picker_OffersEarlierStepsFieldsOfTheSameType_AndStoresTheChoice()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, FlowId));
        page.Find("#view-list").Click();
        page.Find("#edit-documentation").Click();

        // documentation's first field is LongText; plan (before it) has one LongText field, share (after it) is not offered.
        var options = page.FindAll("#prop-input-form-0-initial option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "tasks.plan.otherInvitees"], options.Where(o => o is "" || o!.StartsWith("tasks.", StringComparison.Ordinal)));
        page.Find("#prop-input-form-0-initial").Change("tasks.plan.otherInvitees");
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync(FlowId, Token))!;
        Assert.Equal("\"tasks.plan.otherInvitees\"", draft.FindActivity("documentation")!.Inputs!["form"]![0]!["initial"]!.ToJsonString());
    }
}
