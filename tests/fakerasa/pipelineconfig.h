#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Coach::FakeRasa {

//! What fake-rasa takes from a bot's `config.yml`: which NLU components and
//! policies a model trained from it would have. The parse data a real
//! server answers depends on them (which `extractor` names an entity, whether
//! `response_selector` appears, how long `intent_ranking` is, the 2.x policy
//! names `policy_<index>_<Name>`), so the fake gives the same shapes.
//! Without a config file (or with an empty pipeline) Rasa's default
//! configuration applies.
struct PipelineConfig
{
    QStringList components; //!< pipeline component names, in order
    QStringList policies; //!< policy names, in order
    QString assistantId; //!< 3.5+: stamped into event metadata
    bool dietEntityRecognition = true;
    int rankingLength = 10; //!< DIETClassifier ranking_length; 0 = every intent
    bool isDefault = true; //!< no config file was read

    //! Rasa's default pipeline and policies (`rasa init`, auto-configured).
    static PipelineConfig defaults();
    //! Reads a config file; errors name the file.
    static Result<PipelineConfig> load(const QString &file);
    static Result<PipelineConfig> fromYaml(const QByteArray &text, const QString &fileName = {});

    bool has(const QString &component) const { return components.contains(component); }
    //! DIETClassifier is in the pipeline and recognises entities.
    bool dietExtractsEntities() const;
    bool extractsWithRegex() const { return has(QStringLiteral("RegexEntityExtractor")); }
    bool mapsSynonyms() const { return has(QStringLiteral("EntitySynonymMapper")); }
    bool selectsResponses() const { return has(QStringLiteral("ResponseSelector")); }
    bool classifiesWithDiet() const { return has(QStringLiteral("DIETClassifier")); }

    //! The name /predict reports for a policy: 3.x the class name, 2.x
    //! `policy_<index in the config>_<Name>`.
    QString policyName(const QString &policy, bool rasa2) const;
};

} // namespace Coach::FakeRasa
