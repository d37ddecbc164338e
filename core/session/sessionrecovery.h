#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Coach {

class SessionDocument;

//! A session that did not close cleanly and can be recovered.
struct RecoveryCandidate
{
    QString journalPath;
    QString sessionFile;      //!< empty for a session that was never saved
    QDateTime lastChange;     //!< when the journal was last written
    int stepCount = 0;        //!< records the journal holds (after its snapshot)
    bool hasSnapshot = false; //!< an autosave snapshot exists
    bool damaged = false;     //!< a torn or damaged last part will be ignored
    //! The session file was saved after the journal started, so the file
    //! already holds everything: nothing to recover, only to discard.
    bool stale = false;

    //! The file name, or "Unsaved session (<date>)".
    QString displayName() const;
};

//! Finds and recovers sessions that were open when the app was killed
//! (API for the UI's start-up dialog). A journal whose lock is held by a
//! running Rasa Coach is never offered.
class SessionRecovery final
{
public:
    SessionRecovery() = delete;

    //! The folder with unsaved sessions' journals and the registry of the
    //! others (QStandardPaths::AppDataLocation + "/recovery").
    static QString directory();
    //! Overrides the folder (tests); an empty string restores the default.
    static void setDirectory(const QString &folder);

    //! Every session that can be recovered, newest first.
    static QList<RecoveryCandidate> candidates();
    //! The candidate for a session file the user is about to open.
    static std::optional<RecoveryCandidate> candidateFor(const QString &sessionFile);
    static Result<RecoveryCandidate> inspect(const QString &journalPath);

    //! Rebuilds the session: the autosave snapshot (or the session file, or
    //! nothing) plus every journal record after it. The document is
    //! modified (not saved), named after the original file, and continues
    //! the same journal, so a second crash loses nothing either.
    static Result<std::unique_ptr<SessionDocument>> recover(const RecoveryCandidate &candidate);
    //! Deletes the journal and its snapshot.
    static Status discard(const RecoveryCandidate &candidate);
};

} // namespace Coach
