#!/usr/bin/env bash
# Publishes the built site (dist/) after a merge to the main branch. Both CI files call this, so
# the deploy is the same on every host. Everything secret comes from the CI host's secret store
# as environment variables; nothing here or in the CI files holds a credential.
#
#   DEPLOY_METHOD=rsync  to a static web server over SSH:
#     DEPLOY_RSYNC_TARGET    user@host:/srv/manual/   (where the web server's root is)
#     DEPLOY_SSH_KEY         the private key of a deploy-only account (secret)
#     DEPLOY_SSH_KNOWN_HOSTS the server's host key line, from `ssh-keyscan host` checked by hand
#   DEPLOY_METHOD=s3     to an S3-compatible bucket (Aliyun OSS, Tencent COS, Huawei OBS, MinIO…):
#     DEPLOY_S3_BUCKET       s3://bucket/path/
#     DEPLOY_S3_ENDPOINT     the provider's S3 endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com
#     AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY   a key allowed to write that bucket only (secret)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
	echo "部署失败：$1" >&2
	exit 1
}
need() {
	for name in "$@"; do [[ -n "${!name:-}" ]] || fail "缺少 $name：请在代码托管平台的 CI 密钥/变量中设置（见 CONTRIBUTING.md “发布”一节）。"; done
}

[[ -f dist/index.html ]] || fail "dist/ 中没有构建结果，请先运行 npm run build。"
# The printed 合订本 and paper kit (npm run pdf, after the build) are published with the site, under pdf/.
[[ -f dist/pdf/manual-bound.pdf ]] || echo "提示：dist/pdf/ 中没有打印版 PDF（合订本、纸质应急包）；构建后运行 npm run pdf，PDF 会随网站一起发布。" >&2

case "${DEPLOY_METHOD:-}" in
rsync)
	need DEPLOY_RSYNC_TARGET DEPLOY_SSH_KEY DEPLOY_SSH_KNOWN_HOSTS
	keys="$(mktemp -d)"
	trap 'rm -rf "$keys"' EXIT
	printf '%s\n' "$DEPLOY_SSH_KEY" >"$keys/id"
	printf '%s\n' "$DEPLOY_SSH_KNOWN_HOSTS" >"$keys/known_hosts"
	chmod 600 "$keys/id"
	# --delete removes pages that no longer exist; the host key is pinned, never accepted blindly.
	rsync --recursive --links --times --compress --delete \
		-e "ssh -i $keys/id -o IdentitiesOnly=yes -o UserKnownHostsFile=$keys/known_hosts -o StrictHostKeyChecking=yes" \
		dist/ "$DEPLOY_RSYNC_TARGET"
	;;
s3)
	need DEPLOY_S3_BUCKET DEPLOY_S3_ENDPOINT AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
	aws s3 sync dist/ "$DEPLOY_S3_BUCKET" --delete --endpoint-url "$DEPLOY_S3_ENDPOINT"
	;;
*)
	fail "DEPLOY_METHOD 应为 rsync 或 s3，现为“${DEPLOY_METHOD:-（未设置）}”。"
	;;
esac
echo "已发布到 ${DEPLOY_RSYNC_TARGET:-${DEPLOY_S3_BUCKET:-}}。"
