//! Certificates made for each test with the `openssl` command.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A CA and a certificate it signed for localhost and 127.0.0.1.
#[derive(Debug)]
pub struct Pki {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the openssl command");
    assert!(
        out.status.success(),
        "openssl {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn pki(dir: &Path, name: &str) -> Pki {
    let file = |suffix: &str| format!("{name}-{suffix}");
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let ca_subject = format!("/CN=Epic Events test CA {name}");
    openssl(
        dir,
        &[
            &["req", "-x509"][..],
            &ec,
            &[
                "-keyout",
                &file("ca.key"),
                "-out",
                &file("ca.pem"),
                "-days",
                "2",
            ],
            &["-subj", &ca_subject],
            &["-addext", "basicConstraints=critical,CA:TRUE"],
            &["-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ]
        .concat(),
    );
    openssl(
        dir,
        &[
            &["req"][..],
            &ec,
            &["-keyout", &file("key.pem"), "-out", &file("csr.pem")],
            &["-subj", "/CN=localhost"],
        ]
        .concat(),
    );
    std::fs::write(
        dir.join(file("ext.cnf")),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
    )
    .expect("the certificate's extensions");
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            &file("csr.pem"),
            "-CA",
            &file("ca.pem"),
            "-CAkey",
            &file("ca.key"),
            "-CAcreateserial",
            "-out",
            &file("cert.pem"),
            "-days",
            "2",
            "-extfile",
            &file("ext.cnf"),
        ],
    );
    Pki {
        ca: dir.join(file("ca.pem")),
        cert: dir.join(file("cert.pem")),
        key: dir.join(file("key.pem")),
    }
}
