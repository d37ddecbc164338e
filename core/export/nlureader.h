#pragma once

#include "nludata.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Coach {

enum class NluFormat { Yaml, Markdown, Json };

//! Reads NLU training data files the way Rasa loads them: YAML (`nlu:`
//! with `examples: |` blocks or example objects, synonyms, regexes,
//! lookups, `responses:`), Rasa 2.x legacy Markdown (`## intent:name`) and
//! Rasa JSON (`rasa_nlu_data`). Errors name the file and, where the format
//! has lines, the line.
class NluReader
{
public:
    //! The format Rasa would see in `content` (spec §6.6 step 5): JSON with
    //! `rasa_nlu_data`, YAML with a top-level `nlu` or `responses` key, or
    //! Markdown with `## intent:` style sections; nullopt otherwise.
    static std::optional<NluFormat> guessFormat(const QByteArray &content);
    //! `.json`, `.md`, `.yml`/`.yaml`; nullopt for other extensions.
    static std::optional<NluFormat> formatForPath(const QString &path);

    static Result<NluData> read(const QByteArray &content, NluFormat format,
                                const QString &fileName = {});
    static Result<NluData> readYaml(const QByteArray &content, const QString &fileName = {});
    static Result<NluData> readMarkdown(const QByteArray &content, const QString &fileName = {});
    static Result<NluData> readJson(const QByteArray &content, const QString &fileName = {});
    //! Format from the content first, then from the extension.
    static Result<NluData> readFile(const QString &path);
};

} // namespace Coach
