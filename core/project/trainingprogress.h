#pragma once

#include <QString>

namespace Coach {

//! How far `rasa train` got, read from its output (2.8 and 3.6 print it
//! differently; see tests/data/launcher/ for their real output).
struct TrainingProgress
{
    enum class Stage {
        Starting, //!< Rasa is importing its libraries (many seconds)
        Validating, //!< 3.x: "Started validating domain and training data..."
        TrainingNlu, //!< 2.x: "Training NLU model..."
        TrainingCore, //!< 2.x: "Training Core model..."
        TrainingComponent, //!< a named component or policy (both lines)
        Done, //!< trained, or "Nothing changed" (Rasa's fingerprint check)
    };

    Stage stage = Stage::Starting;
    QString component; //!< "DIETClassifier"
    bool fromCache = false; //!< 3.x restored the component from its cache
    int epoch = -1; //!< of the component's current progress bar, or -1
    int epochs = -1;
    QString modelPath; //!< as Rasa printed it (relative to the project or absolute)
    bool nothingChanged = false;

    //! One translated line for a progress label: "Training DIETClassifier".
    QString describe() const;
    bool operator==(const TrainingProgress &other) const = default;
};

//! Turns `rasa train` output lines into TrainingProgress.
class TrainingOutputParser final
{
public:
    //! Reads one finished line or progress-bar update; true when the
    //! progress changed.
    bool feed(const QString &text);
    const TrainingProgress &progress() const { return m_progress; }

private:
    bool readStage(const QString &text);
    bool readComponent(const QString &text);
    bool readEpochs(const QString &text);
    bool readModel(const QString &text);

    TrainingProgress m_progress;
};

} // namespace Coach
