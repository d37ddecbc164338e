#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace Coach {

class MainWindow;

//! Drives a connected MainWindow through a short conversation the way a
//! user would (typed text, key presses) and saves PNGs of the interesting
//! states into a folder: the main window, the annotation panel with a
//! marked entity, the action choice, the story graph dock, and the main
//! window in a dark palette.
//! Used by scripts/screenshots.sh through the hidden --screenshot-tour
//! option; it ends the application when done (exit code 0) or stuck (1).
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow *window, const QString &folder, QObject *parent = nullptr);

    //! Also saves the session there at the end (the example session).
    void setSessionFile(const QString &fileName) { m_sessionFile = fileName; }
    void start();

private:
    struct Step
    {
        std::function<bool()> ready; //!< the state the step waits for
        std::function<bool()> run; //!< true when the step is done
    };

    void buildSteps();
    void tick();
    bool pageIs(int page) const;
    void typeMessage(const QString &text);
    void pressKey(QObject *target, int key);
    bool confirmUntilListening();
    bool showGraph();
    bool graphReady() const;
    void save(const QString &name, QWidget *widget);

    MainWindow *m_window = nullptr;
    QString m_folder;
    QString m_sessionFile;
    QTimer *m_timer = nullptr;
    QList<Step> m_steps;
    int m_ticks = 0;
};

} // namespace Coach
