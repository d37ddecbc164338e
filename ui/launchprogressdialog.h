#pragma once

#include "project/trainingprogress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Coach {

//! What starting a bot project is doing: which Rasa, the stage (training
//! with the component and its epochs, starting the servers), the last
//! line Rasa printed, and a Cancel button. A failure replaces the progress
//! with the error and Rasa's last lines, and offers Retry. Not modal: the
//! annotator may read an open session meanwhile.
class LaunchProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchProgressDialog)

public:
    explicit LaunchProgressDialog(QWidget *parent = nullptr);

    //! Back to showing progress, for `projectFolder`.
    void begin(const QString &projectFolder, const QString &title);
    void setRasa(const QString &description);
    void setStage(const QString &text);
    void setTrainingProgress(const TrainingProgress &progress);
    void setLastLine(const QString &line);
    void showFailure(const QString &message);

    bool isShowingFailure() const;
    QString stageText() const;
    QString failureText() const;
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();

private:
    QLabel *m_project = nullptr;
    QLabel *m_rasa = nullptr;
    QLabel *m_stage = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_lastLine = nullptr;
    QPlainTextEdit *m_failure = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Coach
