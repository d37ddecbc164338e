#pragma once

#include "nlutrainingdata.h"

#include "model/domain.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Coach::FakeRasa {

//! A small, deterministic stand-in for Rasa's NLU pipeline.
//!
//! Intents: every example is a set of lower-case word tokens. A message
//! scores, per intent, the best weighted Jaccard overlap with one of its
//! examples, each token weighted by ln(1 + intents / intents using it) (a
//! token no example uses gets the highest weight). An exact match scores 1.
//! Scores become confidences with a softmax (temperature 0.1) over every
//! domain intent, so the ranking always lists them all. A message sharing no
//! token with any example is `nlu_fallback` (confidence 0.3, as Rasa's
//! FallbackClassifier) when the domain declares that intent, else the first
//! best intent with a low confidence.
//!
//! Entities: every annotated value, synonym and lookup entry is searched in
//! the text case-insensitively on word boundaries, longest first, without
//! overlaps; synonyms map the value. When the domain has a `number` entity
//! that no example annotates, numerals ("2", "seven") are extracted as
//! Duckling would.
class NluInterpreter
{
public:
    void train(const NluTrainingData &data, const Domain &domain);

    //! parse_data for a text: text, intent, entities, intent_ranking and
    //! the response_selector block of Rasa's default pipeline.
    QJsonObject parse(const QString &text, bool rasa2 = false) const;
    //! The best intent for a text (empty if there are no intents).
    QString intentOf(const QString &text) const;
    //! Intent confidences, highest first, ties in domain order.
    QJsonArray intentRanking(const QString &text) const;
    QJsonArray entities(const QString &text) const;

    static QStringList tokenize(const QString &text);

private:
    struct KnownValue
    {
        QString text; //!< lower case
        QString entity;
        QJsonValue value;
        QString role;
        QString group;
        QString extractor;
        int count = 0;
    };

    void trainIntents(const NluTrainingData &data);
    //! Returns the entity types that examples annotate.
    QStringList trainEntities(const NluTrainingData &data);
    void addKnownValue(const KnownValue &value);
    static QJsonObject entityJson(const KnownValue &known, const QString &text, qsizetype start,
                                  qsizetype end);
    double tokenWeight(const QString &token) const;
    double similarity(const QSet<QString> &query, const QSet<QString> &example) const;
    QList<double> intentScores(const QSet<QString> &query) const;
    QJsonArray numberEntities(const QString &text, const QJsonArray &taken) const;

    QStringList m_intents;
    QList<QList<QSet<QString>>> m_examples; //!< per intent, in m_intents order
    QHash<QString, int> m_documentFrequency;
    QList<KnownValue> m_values; //!< longest text first
    bool m_extractNumbers = false;
    bool m_hasFallbackIntent = false;
};

} // namespace Coach::FakeRasa
