#pragma once

#include "result.h"
#include "sessiondata.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Coach {

class SessionJournal;
class UndoStack;

//! The data of an interactive-learning session, what a `*.coach` file holds:
//! the server it ran against, the domain snapshot, every conversation with
//! all its events, new intents/entities/actions/responses, per-turn
//! annotations, export paths and the bot project folder.
//!
//! Every change goes through one operation record (a small JSON object) that
//! is applied and, when journaling is on, appended to a crash-safe journal
//! before the call returns, so a killed app loses at most the step in flight
//! (see SessionRecovery). Annotation edits (review ticks, notes, titles) are
//! undoable through undoStack(); engine steps are undone on the server
//! (InteractiveSession::undo) and are not on the stack.
class SessionDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDocument)

public:
    explicit SessionDocument(QObject *parent = nullptr);
    ~SessionDocument() override;

    //! Reads a session file. Any problem (not JSON, a Rasa tracker dump, a
    //! newer format, wrong types) is a readable error; nothing is written.
    static Result<std::unique_ptr<SessionDocument>> open(const QString &fileName);
    //! A new unsaved document holding `data` (import, recovery).
    static std::unique_ptr<SessionDocument> fromData(SessionData data);

    //! Writes the file with QSaveFile (rendered fully first), makes the
    //! document clean and starts a fresh journal.
    Status save();
    Status saveAs(const QString &fileName);
    QString fileName() const { return m_fileName; }
    //! Unsaved changes: engine steps since the last save, or undoable edits.
    bool isModified() const;
    UndoStack *undoStack() const { return m_undoStack; }

    //! Everything (loads the events of every conversation first).
    const SessionData &data() const;

    // Reading.
    const ServerInfo &serverInfo() const { return m_data.server; }
    const QJsonObject &domain() const { return m_data.domain; }
    int conversationCount() const { return static_cast<int>(m_data.conversations.size()); }
    //! A conversation. A document opened from a file reads a conversation's
    //! events on first access (docs/session-format.md, "Speed"); use
    //! conversationTitle()/conversationId() for lists.
    const Conversation &conversation(int index) const;
    QString conversationTitle(int index) const { return m_data.conversations.at(index).title; }
    QString conversationId(int index) const { return m_data.conversations.at(index).id; }
    //! Index of the conversation with this id, or -1.
    int conversationIndex(const QString &id) const;
    int currentConversation() const { return m_data.currentConversation; }
    TurnAnnotation annotation(int conversation, int eventIndex) const;
    const QStringList &newIntents() const { return m_data.newIntents; }
    const QStringList &newEntities() const { return m_data.newEntities; }
    const QStringList &newActions() const { return m_data.newActions; }
    const QList<NewResponse> &newResponses() const { return m_data.newResponses; }
    const ExportPaths &exportPaths() const { return m_data.exportPaths; }
    QString projectFolder() const { return m_data.projectFolder; }
    const QJsonObject &inbox() const { return m_data.inbox; }

    // Engine changes (journaled, not undoable).
    void setServerInfo(const ServerInfo &info);
    void setDomain(const QJsonObject &domain);
    //! Appends a conversation and returns its index.
    int addConversation(const QString &id, const QString &title = {});
    //! Moves a conversation to another server id, remembering the old one.
    void setConversationId(int conversation, const QString &id);
    //! Appends events the server stored (in order).
    void appendEvents(int conversation, const EventList &events);
    void setCurrentConversation(int conversation);
    void addNewIntent(const QString &name);
    void addNewEntity(const QString &name);
    void addNewAction(const QString &name);
    //! Adds or replaces a new response (Rasa keeps the last text given).
    void setNewResponse(const QString &name, const QJsonArray &variations);
    void setCorrected(int conversation, int eventIndex, bool corrected);
    void setExportPaths(const ExportPaths &paths);
    //! Keeps what an export did with a story part (replacing the record of
    //! the same part and stories file).
    void setExportRecord(int conversation, const StoryRecord &record);
    void setProjectFolder(const QString &folder);
    //! Replaces the inbox's state (journaled and saved like every change).
    void setInbox(const QJsonObject &inbox);

    // Annotator edits (undoable through undoStack()).
    void editReviewed(int conversation, int eventIndex, bool reviewed);
    void editNote(int conversation, int eventIndex, const QString &note);
    void editConversationTitle(int conversation, const QString &title);
    //! Replaces one event, e.g. with the model's answer after a replay
    //! (its intent and entities, or its action). The only edit that changes
    //! events: the server's copy of the conversation stays as it was, so a
    //! later resume continues under a new id (docs/engine.md, case 5).
    void editEvent(int conversation, int eventIndex, const Event &event, const QString &text);

    //! Journaling of every change (off by default). Journals of saved
    //! sessions live next to the file, others in SessionRecovery's folder.
    void setJournalEnabled(bool enabled);
    bool isJournalEnabled() const { return m_journalEnabled; }
    //! Path of the journal in use, empty when none is open yet.
    QString journalFileName() const;
    //! Debounce of the autosave snapshot (default 5 s).
    void setAutosaveDelay(int milliseconds);
    //! Leaves the journal on disk, as a crash would (for tests and for
    //! handing a session over); the destructor otherwise removes it.
    void abandonJournal();

    //! Applies one operation record (journal replay). Fails, changing
    //! nothing, on a record that does not fit this document.
    Status applyOperation(const QJsonObject &operation);

Q_SIGNALS:
    void serverInfoChanged();
    void domainChanged();
    void conversationAdded(int index);
    void conversationChanged(int index); //!< id or title
    //! Events [first, last] were appended to a conversation.
    void eventsAppended(int conversation, int first, int last);
    void currentConversationChanged(int index);
    void annotationChanged(int conversation, int eventIndex);
    //! An event was replaced in place (editEvent, its undo or redo).
    void eventReplaced(int conversation, int eventIndex);
    void newItemsChanged();
    void exportPathsChanged();
    void exportRecordsChanged(int conversation);
    void projectFolderChanged();
    void inboxChanged();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    //! The journal could not be written; the session goes on, unprotected.
    void journalFailed(const QString &message);

private:
    friend class SessionRecovery;
    friend class DocumentEditCommand;

    //! Applies, journals and marks modified (an engine step).
    void commit(const QJsonObject &operation);
    //! Applies and journals an undoable edit (modified via the undo stack).
    void commitEdit(const QJsonObject &operation);
    void record(const QJsonObject &operation);
    Status apply(const QJsonObject &operation);
    Status applyConversationOperation(const QString &op, const QJsonObject &operation);
    Status applyEvents(int conversation, const QJsonObject &operation);
    Status applyAnnotation(int conversation, const QJsonObject &operation);
    Status applyEventEdit(int conversation, const QJsonObject &operation);
    Status applyNewItem(const QString &op, const QJsonObject &operation);
    Status applyAddConversation(const QJsonObject &operation);
    Status applyExportRecord(int conversation, const QJsonObject &operation);
    void pushEdit(const QJsonObject &redo, const QJsonObject &undo, int id, const QString &text);
    void editAnnotation(int conversation, int eventIndex, const TurnAnnotation &after, int id,
                        const QString &text);
    QJsonObject annotationOperation(int conversation, int eventIndex,
                                    const TurnAnnotation &annotation) const;
    void updateModified();
    void ensureJournal();
    void scheduleAutosave();
    void writeAutosave();
    void closeJournal(bool remove);
    //! Continues an existing journal (after recovery).
    Status adoptJournal(const QString &journalPath);
    void setFileName(const QString &fileName);
    //! Materialises the events of a conversation read lazily.
    void ensureLoaded(int conversation) const;
    //! The events text of every conversation, filling the cache where empty.
    const QList<QByteArray> &eventsJson() const;

    // Mutable: conversations opened from a file are read on first access.
    mutable SessionData m_data;
    //! Per conversation: its events as compact JSON text (empty = not known
    //! yet), kept in step with appends so saving copies instead of
    //! serialising; and whether its events are materialised in m_data.
    mutable QList<QByteArray> m_eventsJson;
    mutable QList<bool> m_loaded;
    QString m_fileName;
    UndoStack *m_undoStack = nullptr;
    bool m_engineModified = false;
    bool m_lastModified = false;
    bool m_journalEnabled = false;
    //! The content equals the base a new journal starts from (the saved
    //! file, or nothing); false after import or recovery, so a new journal
    //! then starts with a snapshot.
    bool m_matchesJournalBase = true;
    std::unique_ptr<SessionJournal> m_journal;
    QTimer *m_autosaveTimer = nullptr;
};

} // namespace Coach
