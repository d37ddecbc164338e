#pragma once

#include "domainexporter.h"
#include "result.h"
#include "storybuilder.h"
#include "storyplanner.h"

#include "model/domain.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach {

struct ExportOptions
{
    QString storiesPath; //!< `.yml`/`.yaml`, or `.md` for Rasa 2.x; empty: no stories
    QString nluPath; //!< `.yml`/`.yaml`/`.json`, or `.md` for Rasa 2.x; empty: no NLU
    QString domainPath; //!< `.yml`/`.yaml`; empty: no domain
    bool testStories = false; //!< `--e2e`: test stories with the user's text
    //! A new response named like a domain response: keep the domain's text
    //! (default) or replace it with the session's.
    ResponseClash responseClash = ResponseClash::Keep;
    //! The server's Rasa version ("2.8.1", "3.6.0"); empty: taken from the
    //! domain's `version` key, else 3.x.
    QString rasaVersion;
};

//! Everything an export needs. A session's conversations, its domain
//! snapshot and the responses created in it plug in directly.
struct ExportInput
{
    QList<ExportConversation> conversations;
    Domain domain;
    QList<ResponseDefinition> newResponses;
    ExportOptions options;
    //! NLU examples from outside the conversations (the inbox's accepted ones).
    QList<TrainingExample> extraExamples;
};

//! One target file of an export, rendered but not written yet.
struct FileChange
{
    enum class Kind { Stories, Nlu, Domain };

    Kind kind = Kind::Stories;
    QString path;
    bool exists = false;
    QByteArray oldContent;
    QByteArray newContent;
    bool changed = false;
    QString summary; //!< e.g. "stories added: 2"

    //! Unified diff old → new (computed on demand: large for big exports).
    QString diff() const;
};

struct ExportPreview
{
    QList<FileChange> files;
    QList<ResponseConflict> conflicts;
    //! What happens to every story part (new, replaced, unchanged, skipped).
    QList<StoryOutcome> stories;
    //! The export records to keep once the files are written.
    QList<StoryRecordUpdate> records;

    bool hasChanges() const;
};

//! Rasa interactive's export (spec §6), better than Rasa does it: every
//! target file is rendered first and shown as a diff; nothing is written
//! until write(), which commits each changed file atomically (QSaveFile).
//! Bad input or a target that cannot be merged fails the whole preparation,
//! so no file is touched.
class Exporter
{
public:
    static Result<ExportPreview> prepare(const ExportInput &input);

    //! Writes every changed file (parent folders are created). Stops at the
    //! first failure, naming the file; files committed before stay valid.
    //! `written` receives the paths that were committed.
    static Status write(const ExportPreview &preview, QStringList *written = nullptr);

    //! 2 or 3: from the version string, else the domain's format version,
    //! else 3.
    static int rasaMajorVersion(const ExportInput &input);

private:
    static Result<FileChange> prepareStories(const ExportInput &input,
                                             const QList<ConversationParts> &parts,
                                             StoryPlanner::Plan *plan);
    static Result<FileChange> prepareNlu(const ExportInput &input,
                                         const QList<TrainingExample> &examples);
    static Result<FileChange> prepareDomain(const ExportInput &input,
                                            const QList<ConversationParts> &parts,
                                            const QList<TrainingExample> &examples,
                                            QList<ResponseConflict> *conflicts);
};

} // namespace Coach
