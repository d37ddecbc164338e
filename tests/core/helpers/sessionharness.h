#pragma once

// A scripted annotator (ScriptedAnnotator) talking to its own FakeRasaServer
// (header-only test code shared by the session test programs).

#include "core/helpers/scriptedannotator.h"

#include "fakerasa/fakerasaserver.h"
#include "fakerasa/inprocessnetwork.h"
#include "session/historyrow.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/sessionjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Coach::Testing {

inline QString botFolder(const QString &name)
{
    return QStringLiteral(COACH_SOURCE_DIR "/resources/examples/") + name;
}

//! How the harness's session reaches its fake-rasa.
enum class Transport {
    Tcp, //!< HTTP on a loopback port
    InProcess, //!< InProcessNetwork: no socket, an unresolvable host name
};

class SessionHarness : public ScriptedAnnotator
{
public:
    explicit SessionHarness(const QString &bot = QStringLiteral("moodbot"),
                            const QString &rasaVersion = QStringLiteral("3.6.2"),
                            Transport transport = Transport::Tcp)
    {
        server.setRasaVersion(rasaVersion);
        loaded = server.loadBot(botFolder(bot));
        if (transport == Transport::Tcp) {
            port = server.listen();
            serverUrl = server.url();
            return;
        }
        serverUrl = QUrl(QStringLiteral("http://fake-rasa.invalid:5005"));
        networkFactory = [this](QObject *parent) {
            return new FakeRasa::InProcessNetwork(&server, parent);
        };
        session->setNetworkFactory(networkFactory);
    }

    QJsonArray serverEvents(const QString &id = {}) const
    {
        return Event::listToJson(server.tracker(id.isEmpty() ? conversationId() : id).events());
    }
    //! Events of the server's applied state, for checking what counts.
    EventList appliedServerEvents() const
    {
        return server.tracker(conversationId()).appliedEvents();
    }
    QStringList appliedSummary() const
    {
        return Testing::appliedSummary(server.tracker(conversationId()).events());
    }

    FakeRasa::FakeRasaServer server;
    Status loaded;
    quint16 port = 0;
};

} // namespace Coach::Testing
