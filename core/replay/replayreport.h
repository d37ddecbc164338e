#pragma once

#include "replaytypes.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Coach {

//! One finished replay: the results and where they came from.
struct ReplayRun
{
    QList<ReplaySession> sessions;
    QString server; //!< display URL, no credentials
    QString rasaVersion;
    QString model;
    QDateTime started;
    qint64 elapsedMs = 0;
};

//! The reports of `rasa-coach replay --report FILE`, by extension:
//! `.json` (the schema of docs/replay.md, for tools), `.xml` (JUnit: one
//! testcase per turn, failures carry the differences, for CI systems) and
//! `.html` (a self-contained page: summary, then every differing turn
//! side by side). Rendering is pure; write() saves all or nothing.
class ReplayReport
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ReplayReport)

public:
    enum class Format { Json, JUnit, Html };

    //! The format a file name asks for; nullopt for other extensions.
    static std::optional<Format> formatOf(const QString &fileName);
    static QByteArray render(Format format, const ReplayRun &run);
    static QByteArray json(const ReplayRun &run);
    static QByteArray junit(const ReplayRun &run);
    static QByteArray html(const ReplayRun &run);
    //! Writes with QSaveFile: the file is complete or unchanged.
    static Status write(const QString &fileName, const QByteArray &bytes);

    //! The turn annotated vs predicted as a text table (JUnit failures).
    static QString sideBySide(const ReplayTurn &turn);
};

} // namespace Coach
