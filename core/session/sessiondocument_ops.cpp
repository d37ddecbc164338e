// Operation records of SessionDocument: the one place that changes its data.
// Replaying a journal runs the same code, so a recovered document is the
// document that was lost. Records are idempotent where a replay could
// repeat them (events already present, a conversation already added).
#include "sessiondocument.h"
#include "sessionformat.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct SessionDocumentMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::SessionDocument)
};

Error badOperation(const QString &op, const QString &why)
{
    return makeError(SessionDocumentMessages::tr("cannot apply \"%1\": %2").arg(op, why));
}

} // namespace

Status SessionDocument::apply(const QJsonObject &operation)
{
    const QString op = operation.value("op"_L1).toString();
    if (op == "server"_L1) {
        m_data.server = SessionFormat::serverFromJson(operation.value("server"_L1).toObject());
        Q_EMIT serverInfoChanged();
    } else if (op == "domain"_L1) {
        m_data.domain = operation.value("domain"_L1).toObject();
        Q_EMIT domainChanged();
    } else if (op == "add_conversation"_L1) {
        return applyAddConversation(operation);
    } else if (op == "export_paths"_L1) {
        m_data.exportPaths = {operation.value("stories"_L1).toString(),
                              operation.value("nlu"_L1).toString(),
                              operation.value("domain"_L1).toString()};
        Q_EMIT exportPathsChanged();
    } else if (op == "project_folder"_L1) {
        m_data.projectFolder = operation.value("folder"_L1).toString();
        Q_EMIT projectFolderChanged();
    } else if (op == "inbox"_L1) {
        m_data.inbox = operation.value("inbox"_L1).toObject();
        Q_EMIT inboxChanged();
    } else if (op.startsWith("new_"_L1)) {
        return applyNewItem(op, operation);
    } else {
        return applyConversationOperation(op, operation);
    }
    return {};
}

Status SessionDocument::applyAddConversation(const QJsonObject &operation)
{
    const int index = operation.value("index"_L1).toInt(-1);
    const QString id = operation.value("id"_L1).toString();
    if (id.isEmpty())
        return badOperation(u"add_conversation"_s,
                            SessionDocumentMessages::tr("no conversation id"));
    if (index >= 0 && index < conversationCount() && m_data.conversations.at(index).id == id)
        return {}; // replayed over a file that already has it
    if (index != conversationCount())
        return badOperation(u"add_conversation"_s,
                            SessionDocumentMessages::tr("conversations are out of order"));
    Conversation conversation;
    conversation.id = id;
    m_eventsJson.append(QByteArray("[]"));
    m_loaded.append(true);
    conversation.title = operation.value("title"_L1).toString();
    conversation.created =
        QDateTime::fromString(operation.value("created"_L1).toString(), Qt::ISODateWithMs);
    m_data.conversations.append(conversation);
    Q_EMIT conversationAdded(index);
    return {};
}

Status SessionDocument::applyConversationOperation(const QString &op, const QJsonObject &operation)
{
    const int conversation = operation.value("conversation"_L1).toInt(-2);
    const bool isCurrent = op == "current"_L1;
    if (conversation < (isCurrent ? -1 : 0) || conversation >= conversationCount())
        return badOperation(op,
                            SessionDocumentMessages::tr("no conversation %1").arg(conversation));
    ensureLoaded(conversation);
    if (isCurrent) {
        m_data.currentConversation = conversation;
        Q_EMIT currentConversationChanged(conversation);
        return {};
    }
    if (op == "events"_L1)
        return applyEvents(conversation, operation);
    if (op == "annotation"_L1)
        return applyAnnotation(conversation, operation);
    if (op == "export_record"_L1)
        return applyExportRecord(conversation, operation);
    if (op == "event"_L1)
        return applyEventEdit(conversation, operation);
    Conversation &target = m_data.conversations[conversation];
    if (op == "conversation_id"_L1) {
        const QString id = operation.value("id"_L1).toString();
        if (id.isEmpty())
            return badOperation(op, SessionDocumentMessages::tr("no conversation id"));
        if (id != target.id) {
            target.previousIds.append(target.id);
            target.id = id;
        }
    } else if (op == "title"_L1) {
        target.title = operation.value("title"_L1).toString();
    } else {
        return badOperation(op, SessionDocumentMessages::tr("unknown operation"));
    }
    // NOLINTNEXTLINE(readability-misleading-indentation): Q_EMIT expands to nothing
    Q_EMIT conversationChanged(conversation);
    return {};
}

Status SessionDocument::applyEvents(int conversation, const QJsonObject &operation)
{
    Result<EventList> events = Event::listFromJson(operation.value("events"_L1));
    if (!events)
        return badOperation(u"events"_s, events.error().toString());
    EventList &target = m_data.conversations[conversation].events;
    const qsizetype from = operation.value("from"_L1).toInt(-1);
    if (from < 0 || from > target.size())
        return badOperation(u"events"_s,
                            SessionDocumentMessages::tr("events are missing before this step"));
    // Skip what a replay over a newer base already has.
    const qsizetype known = std::min(target.size() - from, events->size());
    for (qsizetype i = 0; i < known; ++i) {
        if (!(target.at(from + i) == events->at(i)))
            return badOperation(
                u"events"_s, SessionDocumentMessages::tr("the events differ from the document's"));
    }
    if (known == events->size())
        return {};
    const int first = int(target.size());
    const EventList added = events->mid(known);
    target.append(added);
    if (!m_eventsJson.at(conversation).isEmpty())
        m_eventsJson[conversation] =
            SessionFormat::appendEventsJson(m_eventsJson.at(conversation), added);
    Q_EMIT eventsAppended(conversation, first, int(target.size()) - 1);
    return {};
}

Status SessionDocument::applyAnnotation(int conversation, const QJsonObject &operation)
{
    Conversation &target = m_data.conversations[conversation];
    const int event = operation.value("event"_L1).toInt(-1);
    if (event < 0 || event >= target.events.size())
        return badOperation(u"annotation"_s, SessionDocumentMessages::tr("no event %1").arg(event));
    const TurnAnnotation annotation{operation.value("corrected"_L1).toBool(),
                                    operation.value("reviewed"_L1).toBool(),
                                    operation.value("note"_L1).toString()};
    if (annotation.isEmpty())
        target.annotations.remove(event);
    else
        target.annotations.insert(event, annotation);
    Q_EMIT annotationChanged(conversation, event);
    return {};
}

Status SessionDocument::applyExportRecord(int conversation, const QJsonObject &operation)
{
    const StoryRecord record = SessionFormat::recordFromJson(operation);
    if (record.file.isEmpty() || record.story.isEmpty() || record.part < 0)
        return badOperation(u"export_record"_s,
                            SessionDocumentMessages::tr("no story part, file or story name"));
    QList<StoryRecord> &records = m_data.conversations[conversation].exportRecords;
    const auto same = std::find_if(records.begin(), records.end(), [&record](const StoryRecord &r) {
        return r.part == record.part && r.file == record.file;
    });
    if (same != records.end())
        *same = record;
    else
        records.append(record);
    Q_EMIT exportRecordsChanged(conversation);
    return {};
}

Status SessionDocument::applyEventEdit(int conversation, const QJsonObject &operation)
{
    EventList &events = m_data.conversations[conversation].events;
    const int index = operation.value("event"_L1).toInt(-1);
    if (index < 0 || index >= events.size())
        return badOperation(u"event"_s, SessionDocumentMessages::tr("no event %1").arg(index));
    Result<Event> event = Event::fromJson(operation.value("json"_L1));
    if (!event)
        return badOperation(u"event"_s, event.error().toString());
    events[index] = std::move(event).value();
    m_eventsJson[conversation].clear(); // rendered again at the next save
    Q_EMIT eventReplaced(conversation, index);
    return {};
}

Status SessionDocument::applyNewItem(const QString &op, const QJsonObject &operation)
{
    const QString name = operation.value("name"_L1).toString();
    if (name.isEmpty())
        return badOperation(op, SessionDocumentMessages::tr("no name"));
    QStringList *list = op == "new_intent"_L1 ? &m_data.newIntents
        : op == "new_entity"_L1               ? &m_data.newEntities
        : op == "new_action"_L1               ? &m_data.newActions
                                              : nullptr;
    if (list) {
        if (!list->contains(name))
            list->append(name);
    } else if (op == "new_response"_L1) {
        const QJsonArray variations = operation.value("variations"_L1).toArray();
        auto it =
            std::find_if(m_data.newResponses.begin(), m_data.newResponses.end(),
                         [&name](const NewResponse &response) { return response.name == name; });
        if (it != m_data.newResponses.end())
            it->variations = variations;
        else
            m_data.newResponses.append({name, variations});
    } else {
        return badOperation(op, SessionDocumentMessages::tr("unknown operation"));
    }
    // NOLINTNEXTLINE(readability-misleading-indentation): Q_EMIT expands to nothing
    Q_EMIT newItemsChanged();
    return {};
}

} // namespace Coach
