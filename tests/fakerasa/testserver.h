#pragma once

#include "fakerasaserver.h"
#include "result.h"
#include "testclient.h"

#include <QString>

#include <memory>

namespace Coach::FakeRasa {

//! A fake server on 127.0.0.1 (any free port) serving a bot folder, with a
//! TestClient pointed at it: the fixture most HTTP-level tests need.
class TestServer
{
public:
    //! Creates the server, loads the bot, listens; errors say which step failed.
    Status start(const QString &botFolder, const QString &rasaVersion = QStringLiteral("3.6.2"));
    void reset();

    FakeRasaServer *get() const { return m_server.get(); }
    FakeRasaServer *operator->() const { return m_server.get(); }
    TestClient &client() { return *m_client; }

    //! Folders of the example bots and of tests/data/fakebots.
    static QString exampleBot(const QString &name);
    static QString testBot(const QString &name);

private:
    std::unique_ptr<FakeRasaServer> m_server;
    std::unique_ptr<TestClient> m_client;
};

} // namespace Coach::FakeRasa
