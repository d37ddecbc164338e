#include "sessiondocument.h"

#include "documenteditcommand.h"
#include "logging.h"
#include "sessionformat.h"
#include "sessionjournal.h"
#include "undostack.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

SessionDocument::SessionDocument(QObject *parent)
    : QObject(parent), m_undoStack(new UndoStack(this)), m_autosaveTimer(new QTimer(this))
{
    m_data.sessionId = newId();
    m_data.created = QDateTime::currentDateTimeUtc();
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(5000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &SessionDocument::writeAutosave);
    connect(m_undoStack, &UndoStack::cleanChanged, this, &SessionDocument::updateModified);
}

SessionDocument::~SessionDocument()
{
    // Reaching the destructor is a clean close: the journal is not needed.
    closeJournal(true);
}

Result<std::unique_ptr<SessionDocument>> SessionDocument::open(const QString &fileName)
{
    Result<SessionFormat::LazySession> session = SessionFormat::readFileLazily(fileName);
    if (!session)
        return session.error();
    auto document = std::make_unique<SessionDocument>();
    document->m_data = std::move(session.value().data);
    document->m_eventsJson = std::move(session.value().eventsJson);
    document->m_eventsJson.resize(document->m_data.conversations.size());
    for (const QByteArray &events : std::as_const(document->m_eventsJson))
        document->m_loaded.append(events.isEmpty());
    if (document->m_data.sessionId.isEmpty())
        document->m_data.sessionId = newId();
    document->m_fileName = QFileInfo(fileName).absoluteFilePath();
    return document;
}

std::unique_ptr<SessionDocument> SessionDocument::fromData(SessionData data)
{
    auto document = std::make_unique<SessionDocument>();
    if (data.sessionId.isEmpty())
        data.sessionId = newId();
    document->m_data = std::move(data);
    document->m_eventsJson.resize(document->m_data.conversations.size());
    document->m_loaded.fill(true, document->m_data.conversations.size());
    document->m_engineModified = true;
    document->m_lastModified = true;
    document->m_matchesJournalBase = false;
    return document;
}

Status SessionDocument::save()
{
    if (m_fileName.isEmpty())
        return makeError(tr("the session has no file name yet"));
    return saveAs(m_fileName);
}

Status SessionDocument::saveAs(const QString &fileName)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    SessionData data = m_data; // cheap: implicitly shared
    data.revision = newId();
    const QByteArray bytes =
        SessionFormat::render(data, QFileInfo(absolute).absolutePath(), eventsJson());
    if (Status status = SessionFormat::writeBytes(bytes, absolute); !status)
        return status;
    m_data.revision = data.revision;
    // The file now holds everything the journal protected.
    closeJournal(true);
    m_autosaveTimer->stop();
    m_matchesJournalBase = true;
    m_engineModified = false;
    m_undoStack->setClean();
    setFileName(absolute);
    updateModified();
    return {};
}

const SessionData &SessionDocument::data() const
{
    for (int i = 0; i < conversationCount(); ++i)
        ensureLoaded(i);
    return m_data;
}

const Conversation &SessionDocument::conversation(int index) const
{
    ensureLoaded(index);
    return m_data.conversations.at(index);
}

void SessionDocument::ensureLoaded(int conversation) const
{
    if (conversation < 0 || conversation >= m_loaded.size() || m_loaded.at(conversation))
        return;
    m_loaded[conversation] = true;
    Result<EventList> events = SessionFormat::eventsFromJson(m_eventsJson.at(conversation));
    if (!events) { // cannot happen: JsonScanner validated the text
        qCWarning(lcSession) << "events of a conversation unreadable:" << events.error().toString();
        m_eventsJson[conversation].clear();
        return;
    }
    m_data.conversations[conversation].events = std::move(events).value();
}

const QList<QByteArray> &SessionDocument::eventsJson() const
{
    for (int i = 0; i < conversationCount(); ++i) {
        if (m_eventsJson.at(i).isEmpty())
            m_eventsJson[i] = SessionFormat::eventsJson(m_data.conversations.at(i).events);
    }
    return m_eventsJson;
}

bool SessionDocument::isModified() const
{
    return m_engineModified || !m_undoStack->isClean();
}

int SessionDocument::conversationIndex(const QString &id) const
{
    for (int i = 0; i < conversationCount(); ++i) {
        if (m_data.conversations.at(i).id == id)
            return i;
    }
    return -1;
}

TurnAnnotation SessionDocument::annotation(int conversation, int eventIndex) const
{
    if (conversation < 0 || conversation >= conversationCount())
        return {};
    return m_data.conversations.at(conversation).annotations.value(eventIndex);
}

void SessionDocument::setServerInfo(const ServerInfo &info)
{
    commit({{u"op"_s, u"server"_s}, {u"server"_s, SessionFormat::serverToJson(info)}});
}

void SessionDocument::setDomain(const QJsonObject &domain)
{
    if (domain != m_data.domain)
        commit({{u"op"_s, u"domain"_s}, {u"domain"_s, domain}});
}

int SessionDocument::addConversation(const QString &id, const QString &title)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    commit({{u"op"_s, u"add_conversation"_s},
            {u"index"_s, conversationCount()},
            {u"id"_s, id},
            {u"title"_s, title},
            {u"created"_s, now.toString(Qt::ISODateWithMs)}});
    return conversationCount() - 1;
}

void SessionDocument::setConversationId(int conversation, const QString &id)
{
    commit({{u"op"_s, u"conversation_id"_s}, {u"conversation"_s, conversation}, {u"id"_s, id}});
}

void SessionDocument::appendEvents(int conversation, const EventList &events)
{
    if (events.isEmpty() || conversation < 0 || conversation >= conversationCount())
        return;
    commit({{u"op"_s, u"events"_s},
            {u"conversation"_s, conversation},
            {u"from"_s, int(this->conversation(conversation).events.size())},
            {u"events"_s, Event::listToJson(events)}});
}

void SessionDocument::setCurrentConversation(int conversation)
{
    if (conversation != m_data.currentConversation)
        commit({{u"op"_s, u"current"_s}, {u"conversation"_s, conversation}});
}

void SessionDocument::addNewIntent(const QString &name)
{
    if (!m_data.newIntents.contains(name))
        commit({{u"op"_s, u"new_intent"_s}, {u"name"_s, name}});
}

void SessionDocument::addNewEntity(const QString &name)
{
    if (!m_data.newEntities.contains(name))
        commit({{u"op"_s, u"new_entity"_s}, {u"name"_s, name}});
}

void SessionDocument::addNewAction(const QString &name)
{
    if (!m_data.newActions.contains(name))
        commit({{u"op"_s, u"new_action"_s}, {u"name"_s, name}});
}

void SessionDocument::setNewResponse(const QString &name, const QJsonArray &variations)
{
    commit({{u"op"_s, u"new_response"_s}, {u"name"_s, name}, {u"variations"_s, variations}});
}

void SessionDocument::setCorrected(int conversation, int eventIndex, bool corrected)
{
    TurnAnnotation annotation = this->annotation(conversation, eventIndex);
    annotation.corrected = corrected;
    commit(annotationOperation(conversation, eventIndex, annotation));
}

void SessionDocument::setExportPaths(const ExportPaths &paths)
{
    if (paths == m_data.exportPaths)
        return;
    commit({{u"op"_s, u"export_paths"_s},
            {u"stories"_s, paths.stories},
            {u"nlu"_s, paths.nlu},
            {u"domain"_s, paths.domain}});
}

void SessionDocument::setExportRecord(int conversation, const StoryRecord &record)
{
    if (conversation < 0 || conversation >= conversationCount()
        || m_data.conversations.at(conversation).exportRecords.contains(record)) {
        return;
    }
    QJsonObject operation = SessionFormat::recordToJson(record);
    operation.insert("op"_L1, u"export_record"_s);
    operation.insert("conversation"_L1, conversation);
    commit(operation);
}

void SessionDocument::setInbox(const QJsonObject &inbox)
{
    if (inbox != m_data.inbox)
        commit({{u"op"_s, u"inbox"_s}, {u"inbox"_s, inbox}});
}

void SessionDocument::setProjectFolder(const QString &folder)
{
    if (folder != m_data.projectFolder)
        commit({{u"op"_s, u"project_folder"_s}, {u"folder"_s, folder}});
}

void SessionDocument::editReviewed(int conversation, int eventIndex, bool reviewed)
{
    TurnAnnotation after = annotation(conversation, eventIndex);
    after.reviewed = reviewed;
    editAnnotation(conversation, eventIndex, after, int(UndoCommandId::None),
                   reviewed ? tr("Mark Turn Reviewed") : tr("Unmark Turn Reviewed"));
}

void SessionDocument::editNote(int conversation, int eventIndex, const QString &note)
{
    TurnAnnotation after = annotation(conversation, eventIndex);
    after.note = note;
    editAnnotation(conversation, eventIndex, after, int(UndoCommandId::TurnNote), tr("Edit Note"));
}

void SessionDocument::editAnnotation(int conversation, int eventIndex, const TurnAnnotation &after,
                                     int id, const QString &text)
{
    const TurnAnnotation before = annotation(conversation, eventIndex);
    if (after == before)
        return;
    pushEdit(annotationOperation(conversation, eventIndex, after),
             annotationOperation(conversation, eventIndex, before), id, text);
}

void SessionDocument::editConversationTitle(int conversation, const QString &title)
{
    if (conversation < 0 || conversation >= conversationCount()
        || m_data.conversations.at(conversation).title == title) {
        return;
    }
    const auto operation = [conversation](const QString &text) {
        return QJsonObject{
            {u"op"_s, u"title"_s}, {u"conversation"_s, conversation}, {u"title"_s, text}};
    };
    pushEdit(operation(title), operation(m_data.conversations.at(conversation).title),
             int(UndoCommandId::ConversationTitle), tr("Rename Conversation"));
}

void SessionDocument::editEvent(int conversation, int eventIndex, const Event &event,
                                const QString &text)
{
    if (conversation < 0 || conversation >= conversationCount())
        return;
    const EventList &events = this->conversation(conversation).events;
    if (eventIndex < 0 || eventIndex >= events.size() || events.at(eventIndex) == event)
        return;
    const auto operation = [conversation, eventIndex](const Event &replacement) {
        return QJsonObject{{u"op"_s, u"event"_s},
                           {u"conversation"_s, conversation},
                           {u"event"_s, eventIndex},
                           {u"json"_s, replacement.toJson()}};
    };
    pushEdit(operation(event), operation(events.at(eventIndex)), int(UndoCommandId::None), text);
}

void SessionDocument::pushEdit(const QJsonObject &redo, const QJsonObject &undo, int id,
                               const QString &text)
{
    m_undoStack->push(std::make_unique<DocumentEditCommand>(this, redo, undo,
                                                            static_cast<UndoCommandId>(id), text));
}

QJsonObject SessionDocument::annotationOperation(int conversation, int eventIndex,
                                                 const TurnAnnotation &annotation) const
{
    return {{u"op"_s, u"annotation"_s},
            {u"conversation"_s, conversation},
            {u"event"_s, eventIndex},
            {u"corrected"_s, annotation.corrected},
            {u"reviewed"_s, annotation.reviewed},
            {u"note"_s, annotation.note}};
}

void SessionDocument::setJournalEnabled(bool enabled)
{
    m_journalEnabled = enabled;
    if (!enabled)
        closeJournal(true);
}

QString SessionDocument::journalFileName() const
{
    return m_journal ? m_journal->path() : QString();
}

void SessionDocument::setAutosaveDelay(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

void SessionDocument::abandonJournal()
{
    m_autosaveTimer->stop();
    closeJournal(false);
}

Status SessionDocument::applyOperation(const QJsonObject &operation)
{
    return apply(operation);
}

void SessionDocument::commit(const QJsonObject &operation)
{
    record(operation);
    m_engineModified = true;
    updateModified();
}

void SessionDocument::commitEdit(const QJsonObject &operation)
{
    record(operation);
}

void SessionDocument::record(const QJsonObject &operation)
{
    if (m_journalEnabled)
        ensureJournal();
    if (Status status = apply(operation); !status) {
        qCWarning(lcSession) << "operation not applied:" << status.error().toString();
        return;
    }
    if (!m_journal)
        return;
    if (Status status = m_journal->append(operation); !status) {
        Q_EMIT journalFailed(status.error().toString());
        return;
    }
    scheduleAutosave();
}

void SessionDocument::updateModified()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    Q_EMIT modifiedChanged(modified);
}

void SessionDocument::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

} // namespace Coach
