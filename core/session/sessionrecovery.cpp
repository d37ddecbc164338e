#include "sessionrecovery.h"

#include "sessiondocument.h"
#include "sessionformat.h"
#include "sessionjournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct SessionRecoveryMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::SessionRecovery)
};

//! The revision of a session file, or empty when it cannot be read.
QString fileRevision(const QString &fileName)
{
    Result<SessionData> data = SessionFormat::readFile(fileName);
    return data ? data->revision : QString();
}

struct Base
{
    SessionData data;
    qint64 sequence = 0;
};

Result<Base> loadBase(const SessionJournal::Contents &contents, const QString &journalPath)
{
    QFile snapshot(SessionJournal::autosavePath(journalPath));
    if (snapshot.open(QIODevice::ReadOnly)) {
        Result<SessionFormat::Snapshot> parsed = SessionFormat::parseSnapshot(snapshot.readAll());
        if (parsed && parsed->sequence >= contents.header.baseSequence)
            return Base{parsed->data, parsed->sequence};
    }
    const QString &file = contents.header.sessionFile;
    if (!file.isEmpty()) {
        Result<SessionData> data = SessionFormat::readFile(file);
        if (!data)
            return makeError(SessionRecoveryMessages::tr("the session file cannot be read: %1")
                                 .arg(data.error().message),
                             file);
        return Base{std::move(data).value(), 0};
    }
    SessionData empty;
    empty.sessionId = contents.header.sessionId;
    empty.created = contents.header.sessionCreated;
    return Base{empty, 0};
}

} // namespace

QString RecoveryCandidate::displayName() const
{
    if (!sessionFile.isEmpty())
        return QFileInfo(sessionFile).fileName();
    return SessionRecoveryMessages::tr("Unsaved session (%1)")
        .arg(QLocale().toString(lastChange, QLocale::ShortFormat));
}

QString SessionRecovery::directory()
{
    return SessionJournal::recoveryDirectory();
}

void SessionRecovery::setDirectory(const QString &folder)
{
    SessionJournal::setRecoveryDirectory(folder);
}

Result<RecoveryCandidate> SessionRecovery::inspect(const QString &journalPath)
{
    Result<SessionJournal::Contents> contents = SessionJournal::read(journalPath);
    if (!contents)
        return contents.error();
    RecoveryCandidate candidate;
    candidate.journalPath = journalPath;
    candidate.sessionFile = contents->header.sessionFile;
    candidate.lastChange = QFileInfo(journalPath).lastModified();
    candidate.stepCount = int(contents->records.size());
    candidate.hasSnapshot = QFileInfo::exists(SessionJournal::autosavePath(journalPath));
    candidate.damaged = contents->truncated;
    candidate.stale = !candidate.sessionFile.isEmpty() && QFileInfo::exists(candidate.sessionFile)
        && fileRevision(candidate.sessionFile) != contents->header.baseRevision;
    return candidate;
}

QList<RecoveryCandidate> SessionRecovery::candidates()
{
    QList<RecoveryCandidate> result;
    for (const QString &journal : SessionJournal::knownJournals()) {
        if (SessionJournal::isInUse(journal))
            continue;
        Result<RecoveryCandidate> candidate = inspect(journal);
        if (candidate)
            result.append(*candidate);
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.lastChange > b.lastChange; });
    return result;
}

std::optional<RecoveryCandidate> SessionRecovery::candidateFor(const QString &sessionFile)
{
    const QString absolute = QFileInfo(sessionFile).absoluteFilePath();
    // The journal next to the file counts even when the registry does not
    // know it (a folder copied from another machine).
    const QString besideFile = SessionJournal::journalPathFor(absolute, QString());
    if (QFileInfo::exists(besideFile) && !SessionJournal::isInUse(besideFile)) {
        Result<RecoveryCandidate> candidate = inspect(besideFile);
        if (candidate && candidate->sessionFile == absolute)
            return *candidate;
    }
    for (const RecoveryCandidate &candidate : candidates()) {
        if (candidate.sessionFile == absolute)
            return candidate;
    }
    return std::nullopt;
}

Result<std::unique_ptr<SessionDocument>>
SessionRecovery::recover(const RecoveryCandidate &candidate)
{
    if (candidate.stale)
        return makeError(SessionRecoveryMessages::tr(
                             "the session file was saved after this journal; there is nothing to "
                             "recover"),
                         candidate.sessionFile);
    Result<SessionJournal::Contents> contents = SessionJournal::read(candidate.journalPath);
    if (!contents)
        return contents.error();
    Result<Base> base = loadBase(*contents, candidate.journalPath);
    if (!base)
        return base.error();
    std::unique_ptr<SessionDocument> document = SessionDocument::fromData(base->data);
    for (const SessionJournal::Record &record : contents->records) {
        if (record.sequence <= base->sequence)
            continue;
        if (Status status = document->apply(record.operation); !status) {
            return makeError(SessionRecoveryMessages::tr("journal record %1: %2")
                                 .arg(record.sequence)
                                 .arg(status.error().message),
                             candidate.journalPath);
        }
    }
    document->m_fileName = contents->header.sessionFile;
    if (Status status = document->adoptJournal(candidate.journalPath); !status)
        return status.error();
    return document;
}

Status SessionRecovery::discard(const RecoveryCandidate &candidate)
{
    if (SessionJournal::isInUse(candidate.journalPath))
        return makeError(SessionRecoveryMessages::tr("the session is open in another Rasa Coach"),
                         candidate.journalPath);
    SessionJournal::removeFiles(candidate.journalPath);
    return {};
}

} // namespace Coach
