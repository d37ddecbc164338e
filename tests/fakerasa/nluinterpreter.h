#pragma once

#include "apitypes.h"
#include "entityextractor.h"
#include "nlutrainingdata.h"
#include "pipelineconfig.h"

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
//! domain intent; the ranking lists DIETClassifier's `ranking_length` of
//! them (10 by default). A message sharing no token with any example is
//! `nlu_fallback` (confidence 0.3, as Rasa's FallbackClassifier) when the
//! domain declares that intent, else the first best intent with a low
//! confidence.
//!
//! Entities: see EntityExtractor.
//!
//! The parse data has the keys the real pipeline gives for the Rasa line:
//! 2.x DIET intents carry a signed 64-bit `id` (Python's hash of the name;
//! here a stable hash), 3.x adds `text_tokens` (WhitespaceTokenizer spans),
//! `response_selector` only with a ResponseSelector in the pipeline.
class NluInterpreter
{
public:
    void train(const NluTrainingData &data, const Domain &domain,
               const PipelineConfig &config = PipelineConfig::defaults(),
               const RasaVersion &version = RasaVersion::fromString(QStringLiteral("3.6.2")));

    //! parse_data for a text: text, intent, entities, intent_ranking (and
    //! text_tokens, response_selector as described above).
    QJsonObject parse(const QString &text) const;
    //! The best intent for a text (empty if there are no intents).
    QString intentOf(const QString &text) const;
    //! Intent confidences, highest first, ties in domain order.
    QJsonArray intentRanking(const QString &text) const;
    QJsonArray entities(const QString &text) const { return m_entities.entities(text); }

    static QStringList tokenize(const QString &text);
    //! WhitespaceTokenizer's token spans `[[start, end], ...]`: words split at
    //! white space, punctuation around them dropped; the whole text when no
    //! word is left.
    static QJsonArray tokenSpans(const QString &text);
    //! The `id` 2.x DIETClassifier gives an intent (a signed 64-bit number).
    static qint64 intentId(const QString &name);

private:
    void trainIntents(const NluTrainingData &data);
    double tokenWeight(const QString &token) const;
    double similarity(const QSet<QString> &query, const QSet<QString> &example) const;
    QList<double> intentScores(const QSet<QString> &query) const;
    QJsonArray rankingForOutput(const QJsonArray &ranking) const;

    QStringList m_intents;
    QList<QList<QSet<QString>>> m_examples; //!< per intent, in m_intents order
    QHash<QString, int> m_documentFrequency;
    EntityExtractor m_entities;
    PipelineConfig m_config = PipelineConfig::defaults();
    RasaVersion m_version = RasaVersion::fromString(QStringLiteral("3.6.2"));
    bool m_hasFallbackIntent = false;
};

} // namespace Coach::FakeRasa
