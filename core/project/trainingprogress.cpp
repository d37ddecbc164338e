#include "trainingprogress.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct TrainingProgressMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrainingProgress)
};

} // namespace

QString TrainingProgress::describe() const
{
    switch (stage) {
    case Stage::Starting:
        return TrainingProgressMessages::tr("Starting Rasa…");
    case Stage::Validating:
        return TrainingProgressMessages::tr("Checking the domain and training data…");
    case Stage::TrainingNlu:
        return TrainingProgressMessages::tr("Training the NLU model…");
    case Stage::TrainingCore:
        return TrainingProgressMessages::tr("Training the dialogue model…");
    case Stage::TrainingComponent:
        return fromCache
            ? TrainingProgressMessages::tr("Reusing %1 from Rasa's cache…").arg(component)
            : TrainingProgressMessages::tr("Training %1…").arg(component);
    case Stage::Done:
        return nothingChanged
            ? TrainingProgressMessages::tr("Nothing changed since the last training.")
            : TrainingProgressMessages::tr("Trained.");
    }
    return {};
}

bool TrainingOutputParser::feed(const QString &text)
{
    return readEpochs(text) || readComponent(text) || readStage(text) || readModel(text);
}

bool TrainingOutputParser::readStage(const QString &text)
{
    using Stage = TrainingProgress::Stage;
    Stage stage;
    if (text.contains("Started validating domain and training data"_L1))
        stage = Stage::Validating;
    else if (text.startsWith("Training NLU model"_L1))
        stage = Stage::TrainingNlu;
    else if (text.startsWith("Training Core model"_L1))
        stage = Stage::TrainingCore;
    else
        return false;
    m_progress.stage = stage;
    m_progress.component.clear();
    m_progress.fromCache = false;
    m_progress.epoch = m_progress.epochs = -1;
    return true;
}

bool TrainingOutputParser::readComponent(const QString &text)
{
    // 2.8: "Starting to train component DIETClassifier";
    // 3.6: "Starting to train component 'DIETClassifier'." or
    //      "Restored component 'RegexFeaturizer' from cache."
    static const QRegularExpression pattern(
        u"(Starting to train|Restored) component '?([\\w.]+)'?"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    m_progress.stage = TrainingProgress::Stage::TrainingComponent;
    m_progress.component = match.captured(2);
    m_progress.fromCache = match.captured(1) == "Restored"_L1;
    m_progress.epoch = m_progress.epochs = -1;
    return true;
}

bool TrainingOutputParser::readEpochs(const QString &text)
{
    // tqdm: "Epochs:  45%|████▌     | 9/20 [00:03<00:04, 2.6it/s, t_loss=…]"
    static const QRegularExpression pattern(u"^Epochs:\\s+\\d+%\\|[^|]*\\|\\s*(\\d+)/(\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int epoch = match.captured(1).toInt();
    const int epochs = match.captured(2).toInt();
    if (epoch == m_progress.epoch && epochs == m_progress.epochs)
        return false;
    m_progress.epoch = epoch;
    m_progress.epochs = epochs;
    return true;
}

bool TrainingOutputParser::readModel(const QString &text)
{
    static const QRegularExpression trained(
        u"^Your Rasa model is trained and saved at '(.+)'\\.$"_s);
    static const QRegularExpression unchanged(
        u"^Nothing changed\\. You can use the old model stored at '(.+)'\\.$"_s);
    QRegularExpressionMatch match = trained.match(text);
    const bool isUnchanged = !match.hasMatch();
    if (isUnchanged)
        match = unchanged.match(text);
    if (!match.hasMatch())
        return false;
    m_progress.stage = TrainingProgress::Stage::Done;
    m_progress.modelPath = match.captured(1);
    m_progress.nothingChanged = isUnchanged;
    m_progress.epoch = m_progress.epochs = -1;
    return true;
}

} // namespace Coach
