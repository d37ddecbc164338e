#include "sessioncloseprompt.h"

#include "messagebox.h"

#include "export/storyplanner.h"
#include "model/domain.h"
#include "session/sessiondocument.h"

namespace Coach {

int SessionClosePrompt::unexportedParts(const SessionDocument *document)
{
    QList<ExportConversation> conversations;
    for (const Conversation &conversation : document->data().conversations)
        conversations.append({conversation.id, conversation.events, conversation.exportRecords});
    StoryWriterOptions options;
    const Domain domain = Domain::fromJson(document->domain()).valueOr(Domain());
    for (const SlotDefinition &slot : domain.slotDefinitions()) {
        if (slot.type == QLatin1StringView("float"))
            options.floatSlots.insert(slot.name);
    }
    return StoryPlanner::unexportedParts(conversations, options);
}

SessionClosePrompt::Answer SessionClosePrompt::ask(QWidget *parent, const SessionDocument *document)
{
    if (!document)
        return Answer::Close;
    const bool modified = document->isModified();
    const int unexported = unexportedParts(document);
    if (!modified && unexported == 0)
        return Answer::Close;
    QString text;
    MessageBox::Buttons buttons = QMessageBox::Discard | QMessageBox::Cancel;
    if (modified && unexported > 0) {
        text = tr("The session has changes that are not saved, and %n story part(s) that no export "
                  "has written. Save the session, export the training data, or discard both?",
                  nullptr, unexported);
    } else if (modified) {
        text = tr("The session has changes that are not saved. Save them?");
    } else {
        text = tr("%n story part(s) of this session have not been exported. Export the training "
                  "data before closing?",
                  nullptr, unexported);
    }
    if (modified)
        buttons |= QMessageBox::Save;
    if (unexported > 0)
        buttons |= QMessageBox::Apply;
    const MessageBox::Button answer = MessageBox::question(
        parent, modified ? tr("Unsaved Session") : tr("Training Data Not Exported"), text, buttons,
        modified ? QMessageBox::Save : QMessageBox::Apply, {{QMessageBox::Apply, tr("&Export…")}});
    switch (answer) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Apply:
        return Answer::Export;
    case QMessageBox::Discard:
        return Answer::Close;
    default:
        return Answer::Cancel;
    }
}

} // namespace Coach
