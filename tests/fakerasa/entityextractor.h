#pragma once

#include "apitypes.h"
#include "nlutrainingdata.h"
#include "pipelineconfig.h"

#include "model/domain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace Coach::FakeRasa {

//! The entity half of fake-rasa's NLU, shaped like the extractors of the
//! bot's pipeline (PipelineConfig):
//!  - DIETClassifier (with entity recognition): the values annotated in the
//!    examples, found case-insensitively on word boundaries, longest first,
//!    without overlaps; `confidence_entity` 0.99;
//!  - RegexEntityExtractor: lookup tables and regexes named like an
//!    annotated entity type;
//!  - numerals as DucklingEntityExtractor gives them, when the pipeline has
//!    Duckling or (default config) the domain has a `number` entity that no
//!    example annotates;
//!  - EntitySynonymMapper: values mapped by synonyms, `processors:
//!    ["EntitySynonymMapper"]` when it mapped (2.x) or when the value is in
//!    its table at all (3.x also keeps every annotated value and synonym
//!    target in the table, so that other spellings map to it).
class EntityExtractor
{
public:
    void train(const NluTrainingData &data, const Domain &domain, const PipelineConfig &config,
               const RasaVersion &version);
    //! Entities of a text, ordered by start.
    QJsonArray entities(const QString &text) const;

private:
    struct KnownValue
    {
        QString text; //!< lower case
        QString entity;
        QString role;
        QString group;
        QString extractor;
    };
    struct Pattern
    {
        QString entity;
        QRegularExpression expression;
    };

    void addKnownValue(const KnownValue &value);
    void trainSynonyms(const NluTrainingData &data);
    void trainPatterns(const NluTrainingData &data, const QStringList &annotated);
    QJsonObject entityJson(const QString &entity, const QString &extractor, const QString &text,
                           qsizetype start, qsizetype end, const QJsonValue &value) const;
    void findKnownValues(const QString &text, QJsonArray &found) const;
    void findPatterns(const QString &text, QJsonArray &found) const;
    QJsonArray numberEntities(const QString &text, const QJsonArray &taken) const;

    QList<KnownValue> m_values; //!< longest text first
    QList<Pattern> m_patterns;
    QHash<QString, QString> m_synonyms; //!< lower-case text → value
    bool m_mapSynonyms = true;
    bool m_selfReferences = true; //!< 3.x: every value maps to itself (and is marked)
    bool m_extractNumbers = false;
};

} // namespace Coach::FakeRasa
