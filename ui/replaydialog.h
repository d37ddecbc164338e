#pragma once

#include "session/sessiontypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Coach {

class ApiError;
class RasaClient;
class Replayer;
class ReplayFilterModel;
class ReplayModel;
class ReplayReviewPanel;
class SessionDocument;

//! Conversation › Replay against Server…: replays the open session against
//! the model a server has loaded now (core/replay, docs/replay.md) and
//! shows one row per turn, annotated vs predicted, differing cells marked,
//! optionally only the differences. Runs in the background with progress
//! and Cancel; the review panel below settles each difference.
class ReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayDialog)

public:
    explicit ReplayDialog(SessionDocument *document, QWidget *parent = nullptr);
    ~ReplayDialog() override;

    //! The server to use: its URL and token go into the fields; the JWT and
    //! timeout are used as given.
    void setConnection(const ConnectionSettings &settings);
    //! Replays the document as it is now against the server in the fields.
    void start();
    void cancel();
    bool isRunning() const;
    QString statusText() const;

    ReplayModel *model() const { return m_model; }
    ReplayFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ReplayReviewPanel *reviewPanel() const { return m_review; }
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *onlyDifferencesBox() const { return m_onlyDifferences; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    //! Show this event of this conversation in the history.
    void turnRequested(int conversation, int eventIndex);
    //! The replay ended: finished, failed or cancelled.
    void replayEnded();

private:
    QLayout *createServerRow();
    void onTurnReplayed(int session, int part, int turn);
    void onFinished();
    void onFailed(const ApiError &error);
    void stop(const QString &status);
    void showStatus(const QString &text);
    void onCurrentRowChanged();

    SessionDocument *m_document;
    ConnectionSettings m_settings;
    QPointer<RasaClient> m_client;
    QPointer<Replayer> m_replayer;
    ReplayModel *m_model = nullptr;
    ReplayFilterModel *m_filter = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QTableView *m_table = nullptr;
    ReplayReviewPanel *m_review = nullptr;
};

} // namespace Coach
