#pragma once

#include "nlutrainingdata.h"
#include "pipelineconfig.h"
#include "result.h"

#include "model/domain.h"
#include "model/story.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coach::FakeRasa {

//! Everything fake-rasa knows about the bot it serves: the domain and the
//! training data its NLU and dialogue policy learn from.
struct Bot
{
    Domain domain;
    NluTrainingData nlu;
    StorySteps stories;
    StorySteps rules;
    QStringList actionTexts; //!< end-to-end bot texts of the stories, first seen first
    QByteArray fingerprint; //!< hash of every file read, for the model id
    QString domainText; //!< the domain files' text (key order that JSON loses)
    PipelineConfig config = PipelineConfig::defaults();

    //! Reads `domain.yml` (or the yml files of `domain/`, merged),
    //! `data/**/*.yml` and the pipeline of `configFile` (empty: the
    //! folder's `config.yml` if there is one, else Rasa's defaults).
    //! Errors name the file.
    static Result<Bot> load(const QString &folder, const QString &configFile = {});
    //! A bot from a domain and the texts of training files.
    static Result<Bot> fromData(const Domain &domain, const QList<QByteArray> &trainingFiles);

    //! Adds one parsed training file (nlu, stories, rules).
    Status addTrainingFile(const QByteArray &text, const QString &fileName);
};

} // namespace Coach::FakeRasa
