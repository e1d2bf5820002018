//! The reload channel: pages open an `EventSource` on [`PATH`]; after each rebuild every open
//! page receives a `reload` event. Each stream is the raw connection, written and flushed per
//! event (tiny_http's chunked responses buffer); a stream whose page has closed fails its next
//! write and is dropped.

use std::io::Write;
use std::sync::Mutex;

/// Where pages listen for reloads.
pub const PATH: &str = "/_privasite/events";

/// Where the reload script is served.
pub const SCRIPT_PATH: &str = "/_privasite/reload.js";

/// The reload script every served page loads, and only served pages: a built site never has
/// it. A file, not inline, so the pages' Content-Security-Policy needs only `script-src 'self'`.
pub const SCRIPT: &str = "new EventSource(\"/_privasite/events\").addEventListener(\"reload\", function () { location.reload(); });\n";

type Stream = Box<dyn Write + Send>;

/// Every open event stream.
#[derive(Default)]
pub struct Hub {
    streams: Mutex<Vec<Stream>>,
}

impl Hub {
    /// Takes over a connection: answers it with the event-stream headers and keeps it.
    pub fn join(&self, mut stream: Stream) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n";
        if stream
            .write_all(head.as_bytes())
            .and_then(|()| stream.flush())
            .is_ok()
        {
            self.lock().push(stream);
        }
    }

    /// Tells every page to reload; `generation` numbers the build.
    pub fn reload(&self, generation: u64) {
        self.send(&format!("event: reload\ndata: {generation}\n\n"));
    }

    /// A comment line, which pages ignore: finds the streams whose page has gone.
    pub fn keep_alive(&self) {
        self.send(": keep-alive\n\n");
    }

    /// How many pages listen.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no page listens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn send(&self, event: &str) {
        self.lock().retain_mut(|stream| {
            stream
                .write_all(event.as_bytes())
                .and_then(|()| stream.flush())
                .is_ok()
        });
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Stream>> {
        // A panic while holding the lock left a list of streams, still usable.
        self.streams.lock().unwrap_or_else(|e| e.into_inner())
    }
}
