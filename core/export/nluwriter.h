#pragma once

#include "nludata.h"
#include "nlureader.h"

#include <QString>

namespace Coach {

//! Writes NLU training data as Rasa writes it (spec §6.6.1–6.6.3): YAML with
//! one `examples: |` block per intent (object form for examples with
//! metadata or characters a block cannot hold), legacy Markdown
//! (byte-identical to Rasa 2.x) and Rasa JSON (Python's indent=2 layout).
//! Empty data renders as an empty text.
class NluWriter
{
public:
    static QString render(const NluData &data, NluFormat format,
                          const QString &version = QStringLiteral("3.1"));
    static QString renderYaml(const NluData &data, const QString &version = QStringLiteral("3.1"));
    static QString renderMarkdown(const NluData &data);
    static QString renderJson(const NluData &data);

    //! `- intent:` items for `examples` (grouped by intent, first-appearance
    //! order) with their dashes at column `indent`.
    static QString renderYamlIntents(const QList<TrainingExample> &examples, int indent);
    //! `- example` lines at column `indent`, for an existing `examples: |`
    //! block; empty when an example cannot be a line of such a block.
    static QString renderYamlExampleLines(const QList<TrainingExample> &examples, int indent);
    //! Items of Rasa JSON's `common_examples` for an array at nesting
    //! `level`, each on its own lines, separated by `,\n` (no final one).
    static QString renderJsonExamples(const QList<TrainingExample> &examples, int level);
    //! The Markdown list line of one example (`- ` + escaped annotation).
    static QString markdownLine(const TrainingExample &example);
};

} // namespace Coach
