#pragma once

#include "replaytypes.h"

#include "rasa/apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Coach {

class PredictRequest;
class RasaClient;
class RasaRequest;

//! Replays one conversation part in a scratch conversation of its own
//! (never the annotator's), one request after the other:
//!
//! * each user turn: POST /model/parse with its text;
//! * each annotated action: POST …/tracker/events with the annotated events
//!   not yet sent (timestamps left out, so the server stamps them now and
//!   never starts a new session because recorded times are old), then
//!   POST …/predict; the top action is compared with the annotated one.
//!   The scratch conversation always continues with the annotation, never
//!   with the prediction. Like `rasa test`: a predicted
//!   action_unlikely_intent is logged and predicted past; a form the
//!   annotator rejected is predicted again after the recorded rejection.
//! * at the end: a `restart` event (Rasa has no way to delete a
//!   conversation; see docs/replay.md).
//!
//! Nothing is ever executed (no /execute): no action server is needed and no
//! side effect happens. Signals: turnReplayed() per turn, then finished(),
//! or failed() once; nothing after cancel().
class PartReplayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartReplayer)

public:
    PartReplayer(RasaClient *client, ReplayPart part, QString scratchId, QObject *parent = nullptr);
    ~PartReplayer() override;

    const ReplayPart &part() const { return m_part; }
    QString scratchId() const { return m_scratchId; }

    void start();
    //! Stops at once; a scratch conversation already created gets its
    //! `restart` anyway, without waiting for the answer.
    void cancel();

Q_SIGNALS:
    void turnReplayed(int turn);
    void finished();
    void failed(const Coach::ApiError &error);

private:
    //! How far the model has been asked about one action.
    enum class Stage { First, AfterUnlikelyIntent, AfterFormAnswer };
    //! An event sent only to see what the model predicts after it.
    enum class Probe { None, UnlikelyIntent };

    void beginTurn(int turn);
    void beginAction(int turn, int action);
    void predict(int turn, int action, Stage stage);
    void onPredicted(int turn, int action, Stage stage, const PredictRequest &request);
    void finishTurn(int turn);
    void cleanUp();
    //! Restarts the scratch conversation without waiting (cancel, failure).
    void abandonScratch();
    //! Sends the part's events up to `end` (and the probe), then calls `next`.
    void post(qsizetype end, Probe probe, const std::function<void()> &next);
    void watch(RasaRequest *request);
    void fail(const ApiError &error);

    QPointer<RasaClient> m_client;
    ReplayPart m_part;
    QString m_scratchId;
    QPointer<RasaRequest> m_request;
    qsizetype m_posted = 0; //!< part events the scratch conversation has
    bool m_created = false; //!< the scratch conversation exists on the server
    bool m_undoPending = false; //!< a probed action_unlikely_intent is to be undone
    bool m_stopped = false;
    QElapsedTimer m_turnTimer;
};

} // namespace Coach
