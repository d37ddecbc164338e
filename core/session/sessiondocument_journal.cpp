// Journal and autosave half of SessionDocument.
#include "sessiondocument.h"

#include "logging.h"
#include "sessionformat.h"
#include "sessionjournal.h"

#include <QFile>
#include <QTimer>

namespace Coach {

void SessionDocument::ensureJournal()
{
    if (m_journal)
        return;
    SessionJournal::Header header;
    header.sessionId = m_data.sessionId;
    header.sessionFile = m_fileName;
    header.baseRevision = m_data.revision;
    header.created = QDateTime::currentDateTimeUtc();
    Result<std::unique_ptr<SessionJournal>> journal = SessionJournal::create(header);
    if (!journal) {
        Q_EMIT journalFailed(journal.error().toString());
        return;
    }
    m_journal = std::move(journal).value();
    if (!m_matchesJournalBase) {
        // Imported or recovered content is in no file yet: snapshot it first.
        const QByteArray snapshot = SessionFormat::renderSnapshot(m_data, m_journal->lastSequence());
        if (Status status = m_journal->compact(snapshot); !status)
            Q_EMIT journalFailed(status.error().toString());
        m_matchesJournalBase = true;
    }
}

void SessionDocument::scheduleAutosave()
{
    m_autosaveTimer->start();
}

void SessionDocument::writeAutosave()
{
    if (!m_journal)
        return;
    const QByteArray snapshot = SessionFormat::renderSnapshot(m_data, m_journal->lastSequence());
    if (Status status = m_journal->compact(snapshot); !status)
        Q_EMIT journalFailed(status.error().toString());
}

void SessionDocument::closeJournal(bool remove)
{
    if (!m_journal)
        return;
    if (remove)
        m_journal->remove();
    else
        m_journal->release();
    m_journal.reset();
}

Status SessionDocument::adoptJournal(const QString &journalPath)
{
    Result<std::unique_ptr<SessionJournal>> journal = SessionJournal::adopt(journalPath);
    if (!journal)
        return journal.error();
    closeJournal(true);
    m_journal = std::move(journal).value();
    m_journalEnabled = true;
    m_matchesJournalBase = true;
    return {};
}

} // namespace Coach
