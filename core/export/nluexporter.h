#pragma once

#include "nludata.h"
#include "nlureader.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Coach {

//! The new content of an NLU file after an export.
struct NluFileUpdate
{
    QByteArray content; //!< the whole file as it should be written
    NluFormat format = NluFormat::Yaml;
    int added = 0; //!< examples that were not in the file yet
    bool changed = false; //!< false: nothing to write (spec §9 #10)
};

//! Merges new training examples into an NLU file (spec §6.6 steps 3–6),
//! better than Rasa does: the file's format comes from its content first
//! (then the extension), examples already present (same intent and
//! annotated text) are not added again, and YAML and Markdown files are
//! extended as text: new lines go under the intent's existing block, new
//! intents at the end of `nlu:` (or of the file), and every other byte —
//! comments, other sections such as `stories:` or `responses:` — stays.
//! JSON files get their new examples at the end of `common_examples`, also
//! as text (number values such as `4.0` stay as written). A file that
//! cannot be read is refused rather than overwritten.
class NluExporter
{
public:
    //! `existing` is the file's content, nullopt when there is no file.
    static Result<NluFileUpdate> merge(const std::optional<QByteArray> &existing,
                                       const QString &path, const QList<TrainingExample> &examples,
                                       const QString &version = QStringLiteral("3.1"));

private:
    static Result<QByteArray> insertYaml(const QByteArray &existing, const QString &path,
                                         const QList<TrainingExample> &examples);
    static std::optional<QByteArray> insertJson(const QByteArray &existing,
                                                const QList<TrainingExample> &examples);
    static QByteArray insertMarkdown(const QByteArray &existing,
                                     const QList<TrainingExample> &examples);
};

} // namespace Coach
