// Not written yet.
export async function checkHtml() {
	return [];
}
