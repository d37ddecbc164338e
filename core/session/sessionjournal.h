#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QFile;
class QLockFile;

namespace Coach {

//! An append-only, crash-safe log of the operations applied to a
//! SessionDocument since its last save (docs/session-format.md, "Journal").
//!
//! One record per line, `<sequence> <md5 of json> <json>\n`, flushed and
//! fsync'd before append() returns. A torn or damaged line ends the journal:
//! the records before it are used, the rest ignored. A QLockFile marks the
//! journal as in use, so another instance never offers a live session for
//! recovery. Journals of saved sessions live next to the file (hidden, so a
//! moved folder keeps them) and are registered in the recovery folder;
//! journals of unsaved sessions live in the recovery folder itself.
class SessionJournal final
{
public:
    struct Header
    {
        QString sessionId;
        QString sessionFile;   //!< absolute; empty for an unsaved session
        QString baseRevision;  //!< revision of sessionFile the journal continues
        qint64 baseSequence = 0; //!< records up to this are in the autosave snapshot
        QDateTime created;
    };

    struct Record
    {
        qint64 sequence = 0;
        QJsonObject operation;
    };

    //! What read() found.
    struct Contents
    {
        Header header;
        QList<Record> records;
        bool truncated = false; //!< a torn or damaged line was ignored
        int damagedLine = 0;    //!< 1-based line of the first bad line, 0 if none
    };

    ~SessionJournal();
    SessionJournal(const SessionJournal &) = delete;
    SessionJournal &operator=(const SessionJournal &) = delete;

    //! Where journals of unsaved sessions and the registry live:
    //! QStandardPaths::AppDataLocation + "/recovery" unless overridden.
    static QString recoveryDirectory();
    //! Overrides the recovery folder (tests, portable installs); empty resets.
    static void setRecoveryDirectory(const QString &folder);

    //! Where the journal of a session would live.
    static QString journalPathFor(const QString &sessionFile, const QString &sessionId);
    static QString autosavePath(const QString &journalPath);
    static QString lockPath(const QString &journalPath);

    //! Starts a new journal (replacing a stale one), locked by this process.
    //! Falls back to the recovery folder when the session's folder is not
    //! writable or the journal there is locked by another process.
    static Result<std::unique_ptr<SessionJournal>> create(const Header &header);
    //! Takes over an existing journal (after recovery), cutting a torn tail.
    static Result<std::unique_ptr<SessionJournal>> adopt(const QString &journalPath);
    //! Reads a journal without locking it.
    static Result<Contents> read(const QString &journalPath);
    //! True when another live process holds the journal's lock.
    static bool isInUse(const QString &journalPath);
    //! Deletes a journal with its snapshot, lock and registry entry.
    static void removeFiles(const QString &journalPath);
    //! Journals named in the registry or lying in the recovery folder.
    static QStringList knownJournals();

    QString path() const { return m_path; }
    const Header &header() const { return m_header; }
    qint64 lastSequence() const { return m_sequence; }

    //! Appends one record and syncs it to disk.
    Status append(const QJsonObject &operation);
    //! Writes `snapshot` (a full session, see SessionDocument) as the autosave
    //! file, then restarts the journal after it: records up to now are dropped.
    Status compact(const QByteArray &snapshot);
    //! Deletes every file of the journal (clean close, save).
    void remove();
    //! Closes and unlocks, leaving the files for recovery.
    void release();

private:
    SessionJournal(QString path, Header header, std::unique_ptr<QLockFile> lock);
    Status openForAppend();
    Status rewrite(const QList<Record> &records);
    void registerJournal() const;

    QString m_path;
    Header m_header;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QFile> m_file;
    qint64 m_sequence = 0;
};

} // namespace Coach
