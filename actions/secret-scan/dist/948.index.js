"use strict";
exports.id = 948;
exports.ids = [948];
exports.modules = {

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addedLinesOfPushIn: () => (/* binding */ addedLinesOfPushIn)
/* harmony export */ });
/* unused harmony exports MAX_COMMITS_PER_PUSH, addedLinesOfPush, addedLines */
/* harmony import */ var _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5529);
/* harmony import */ var _aws_client_factory__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8647);
/* harmony import */ var _sources_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1547);



/** Commits read at most for one push: a longer push is scanned up to here, and says so. */
const MAX_COMMITS_PER_PUSH = 200;
/**
 * The lines each commit of a push added, through the CodeCommit API: the commits from the new tip
 * back to the old one (first parents), and for each its differences to its parent (every page of
 * GetDifferences) and the blobs on both sides. CodeCommit gives no line diff: a line counts as added
 * where the file before the commit had fewer copies of it.
 */
async function* addedLinesOfPush(client, range, stats, notes) {
    const commits = await commitsOfPush(client, range, notes);
    for (const { commitId, parentId, author } of commits.reverse()) {
        stats.commits++;
        for (const difference of await differences(client, range.repositoryName, commitId, parentId)) {
            const path = difference.afterBlob?.path;
            if (!path || !difference.afterBlob?.blobId)
                continue;
            const after = await blob(client, range.repositoryName, difference.afterBlob.blobId);
            if ((0,_sources_files__WEBPACK_IMPORTED_MODULE_1__/* .isBinary */ .Go)(after)) {
                stats.binaryFiles.push(path);
                continue;
            }
            const before = difference.beforeBlob?.blobId
                ? await blob(client, range.repositoryName, difference.beforeBlob.blobId)
                : undefined;
            const added = addedLines(before?.toString('utf8') ?? '', after.toString('utf8'));
            if (added.lines.length > 0)
                yield { path, commit: commitId, author, ...added };
        }
    }
}
/** addedLinesOfPush with a client for the region. */
function addedLinesOfPushIn(region, range, stats, notes) {
    return addedLinesOfPush((0,_aws_client_factory__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClient */ .G)(_aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .CodeCommitClient */ .MS4, { region }), range, stats, notes);
}
async function commitsOfPush(client, range, notes) {
    const commits = [];
    let commitId = range.newCommitId;
    while (commitId && commitId !== range.oldCommitId && commits.length < MAX_COMMITS_PER_PUSH) {
        const response = await client.send(new _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .GetCommitCommand */ .P_7({ repositoryName: range.repositoryName, commitId }));
        const { commit } = response;
        const parentId = commit?.parents?.[0];
        const author = commit?.author ? `${commit.author.name} <${commit.author.email}>` : undefined;
        commits.push({ commitId, parentId, author });
        commitId = parentId;
    }
    if (commitId && commitId !== range.oldCommitId) {
        notes.push(`the push has more than ${MAX_COMMITS_PER_PUSH} commits: scanned the newest ${MAX_COMMITS_PER_PUSH}`);
    }
    return commits;
}
async function differences(client, repositoryName, commitId, parentId) {
    const all = [];
    let nextToken;
    do {
        const page = await client.send(new _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .GetDifferencesCommand */ .iBS({
            repositoryName,
            afterCommitSpecifier: commitId,
            beforeCommitSpecifier: parentId,
            NextToken: nextToken,
        }));
        all.push(...(page.differences ?? []));
        nextToken = page.NextToken;
    } while (nextToken);
    return all;
}
async function blob(client, repositoryName, blobId) {
    const { content } = await client.send(new _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .GetBlobCommand */ .HhH({ repositoryName, blobId }));
    return Buffer.from(content ?? new Uint8Array());
}
/** The lines of `after` that `before` had fewer copies of, with their line numbers in `after`. */
function addedLines(before, after) {
    const remaining = new Map();
    for (const line of before.split(/\r?\n/))
        remaining.set(line, (remaining.get(line) ?? 0) + 1);
    const lines = [];
    const lineNumbers = [];
    after.split(/\r?\n/).forEach((line, index) => {
        const left = remaining.get(line) ?? 0;
        if (left > 0) {
            remaining.set(line, left - 1);
            return;
        }
        lines.push(line);
        lineNumbers.push(index + 1);
    });
    return { lines, lineNumbers };
}


/***/ })

};
;